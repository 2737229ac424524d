package de.quartiersnetz.cms.authoring;

/**
 * A request parameter of an AdminCentral screen has a value the screen cannot use; answered with 400 and a
 * message naming the parameter.
 *
 * @see AuthoringErrorAdvice
 */
final class BadParameterException extends RuntimeException {
    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    /** @param messageKey UI message whose first argument is the parameter's name */
    BadParameterException(String parameter, String messageKey, Object... arguments) {
        super("parameter '" + parameter + "': " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

    /** The parameter name followed by the given arguments. */
    Object[] messageArguments() {
        Object[] all = new Object[arguments.length + 1];
        all[0] = parameter;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
