package de.quartiersnetz.cms.security;

import java.util.Map;

/**
 * Submitted user data was refused; nothing was changed.
 *
 * @see #errors()
 */
public class UserInputException extends RuntimeException {
    private final Map<String, String> errors;

    UserInputException(Map<String, String> errors) {
        super("refused: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Form field ({@code name}, {@code password}, {@code passwordRepeat}, {@code roles}, ...) → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
