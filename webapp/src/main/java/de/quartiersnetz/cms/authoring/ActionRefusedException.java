package de.quartiersnetz.cms.authoring;

import org.springframework.http.HttpStatus;

/**
 * A content action was not carried out, for a reason the user can act on; nothing of it was written unless
 * the message says so. Answered with the status and the UI message, which names the item and the reason.
 */
final class ActionRefusedException extends RuntimeException {
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    ActionRefusedException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
