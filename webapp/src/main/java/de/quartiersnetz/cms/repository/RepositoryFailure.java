package de.quartiersnetz.cms.repository;

/** A repository operation failed for a reason the caller cannot fix by changing its input. */
public class RepositoryFailure extends RuntimeException {
    public RepositoryFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public RepositoryFailure(String message) {
        super(message);
    }
}
