package de.quartiersnetz.cms.security;

/** A user of that name exists already. */
public class UserExistsException extends RuntimeException {
    public UserExistsException(String name) {
        super("user '" + name + "' exists already");
    }
}
