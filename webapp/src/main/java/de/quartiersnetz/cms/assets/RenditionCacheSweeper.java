package de.quartiersnetz.cms.assets;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * Keeps stale renditions off the disk: {@link Renditions#prune()} once at start (changes made while this instance
 * was down) and after every change of {@code dam} in the live tree, by any cluster member (publish of a replaced
 * binary, unpublish, delete). Runs on one background thread; a burst of changes costs one or two prunes.
 */
final class RenditionCacheSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RenditionCacheSweeper.class);
    private static final String DAM = "/" + AssetStore.WORKSPACE;

    private final Renditions renditions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rendition-cache-sweeper");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AutoCloseable observation;

    RenditionCacheSweeper(Renditions renditions, ContentRepository repository) {
        this.renditions = renditions;
        this.observation = repository.observe(Tree.LIVE, this::changed);
        schedule();
    }

    private void changed(List<String> paths) {
        if (paths.stream().anyMatch(path -> path.equals(DAM) || path.startsWith(DAM + "/"))) {
            schedule();
        }
    }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(() -> {
                pending.set(false);
                try {
                    int removed = renditions.prune();
                    LOG.debug("rendition cache pruned: {} stale entries removed", removed);
                } catch (RuntimeException e) {
                    LOG.warn("rendition cache not pruned: {}", e.getMessage(), e);
                }
            });
        }
    }

    @Override
    public void close() {
        try {
            observation.close();
        } catch (Exception e) {
            LOG.debug("closing the live observation failed", e);
        }
        worker.shutdownNow();
    }
}
