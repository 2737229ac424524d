package de.quartiersnetz.cms.repository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a batch of JCR events into the distinct node paths they touched. */
final class ChangedPaths {
    private static final Logger LOG = LoggerFactory.getLogger(ChangedPaths.class);
    static final int ALL_EVENTS = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED
            | Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;
    private static final int PROPERTY_EVENTS = Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private ChangedPaths() {
    }

    static List<String> of(EventIterator events) {
        Set<String> paths = new LinkedHashSet<>();
        while (events.hasNext()) {
            Event event = events.nextEvent();
            try {
                String path = event.getPath();
                if ((event.getType() & PROPERTY_EVENTS) != 0) {
                    int slash = path.lastIndexOf('/');
                    path = slash <= 0 ? "/" : path.substring(0, slash);
                }
                paths.add(path);
            } catch (RepositoryException e) {
                LOG.warn("Skipped an observation event without a path: {}", e.getMessage());
            }
        }
        return new ArrayList<>(paths);
    }
}
