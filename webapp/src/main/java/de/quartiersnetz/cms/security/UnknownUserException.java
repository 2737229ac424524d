package de.quartiersnetz.cms.security;

/** There is no user of that name. */
public class UnknownUserException extends RuntimeException {
    private final String name;

    public UnknownUserException(String name) {
        super("there is no user '" + name + "'");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
