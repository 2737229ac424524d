package de.quartiersnetz.cms.modules;

/** A required definition is not registered (or was skipped because of a problem). */
public class DefinitionNotFoundException extends RuntimeException {

    public DefinitionNotFoundException(String message) {
        super(message);
    }
}
