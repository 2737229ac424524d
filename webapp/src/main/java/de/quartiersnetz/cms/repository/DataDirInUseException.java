package de.quartiersnetz.cms.repository;

/** The segment store is locked by another process, typically a running server. */
public class DataDirInUseException extends RepositoryFailure {
    public DataDirInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
