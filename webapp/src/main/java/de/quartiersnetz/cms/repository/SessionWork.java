package de.quartiersnetz.cms.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Work done inside one repository session opened by {@link ContentRepository}. */
@FunctionalInterface
public interface SessionWork<T> {
    T run(Session session) throws RepositoryException;
}
