package de.quartiersnetz.cms.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects changed node paths from repository observation and hands them, coalesced, to one worker thread.
 * Oak's observation thread only enqueues, so a slow index update never holds up repository events; paths that
 * arrive while a batch is being applied form the next batch.
 */
final class IndexFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

    private final Set<String> pending = new LinkedHashSet<>();
    private final ExecutorService worker;
    private final Consumer<List<String>> apply;
    private boolean scheduled;

    IndexFollower(String name, Consumer<List<String>> apply) {
        this.apply = apply;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void enqueue(List<String> changedPaths) {
        synchronized (pending) {
            pending.addAll(changedPaths);
            if (!scheduled && !worker.isShutdown()) {
                scheduled = true;
                worker.execute(this::drain);
            }
        }
    }

    private void drain() {
        while (true) {
            List<String> batch;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    scheduled = false;
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            try {
                apply.accept(batch);
            } catch (RuntimeException e) {
                LOG.error("Could not apply {} repository changes to the search index ({}); the index is marked"
                        + " stale and is rebuilt on the next start, or run the reindex command", batch.size(), e.toString(), e);
            }
        }
    }

    /** Stops taking changes and waits (briefly) for the batch in progress. */
    @Override
    public void close() {
        synchronized (pending) {
            worker.shutdown();
        }
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The search index follower did not finish within 30 s");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
