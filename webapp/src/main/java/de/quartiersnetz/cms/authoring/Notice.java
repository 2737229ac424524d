package de.quartiersnetz.cms.authoring;

import java.util.List;

/**
 * The answer of an action above the list. Public so that Freemarker can read it.
 *
 * @param kind {@code success} or {@code error}
 */
public record Notice(String kind, String text) {
    static Notice success(String text) {
        return new Notice("success", text);
    }

    static Notice error(String text) {
        return new Notice("error", text);
    }

    /** A successful action's message key and arguments, resolved in the UI language by the controller. */
    record Done(String messageKey, List<Object> arguments) {
        Done(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }
}
