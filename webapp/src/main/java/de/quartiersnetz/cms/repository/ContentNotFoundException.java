package de.quartiersnetz.cms.repository;

/** The requested workspace path or identifier does not exist in the tree that was asked. */
public class ContentNotFoundException extends RuntimeException {
    public ContentNotFoundException(String message) {
        super(message);
    }
}
