package de.quartiersnetz.cms.rendering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * Rendered public responses by URL (path and the query parameters the page declares). Any change of the live
 * tree (publish, unpublish, delete) and any reload of the light modules empties it: a page shows content of
 * many items (lists, references, navigation), so dropping everything is the only safe invalidation. A response
 * rendered while a change arrived is not kept (the generation check), so no stale page outlives a publication.
 */
@Component
public class PublicPageCache implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(PublicPageCache.class);
    static final int MAX_ENTRIES = 2000;

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, PublicResponse> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PublicResponse> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final AutoCloseable observation;

    public PublicPageCache(ContentRepository repository, DefinitionRegistry registry) {
        observation = repository.observe(Tree.LIVE, paths -> clear());
        registry.addListener(r -> clear());
    }

    public long generation() {
        return generation.get();
    }

    public synchronized PublicResponse get(String key) {
        return entries.get(key);
    }

    /** Keeps the response unless the live tree changed since {@code renderedAt} (a {@link #generation()}). */
    public synchronized void put(String key, PublicResponse response, long renderedAt) {
        if (generation.get() == renderedAt) {
            entries.put(key, response);
        }
    }

    public synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public void destroy() {
        try {
            observation.close();
        } catch (Exception e) {
            LOG.debug("closing the live observation failed", e);
        }
    }
}
