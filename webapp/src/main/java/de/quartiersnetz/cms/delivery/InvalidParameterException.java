package de.quartiersnetz.cms.delivery;

/** A query parameter cannot be used; answered with 400 and a body naming the parameter. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
