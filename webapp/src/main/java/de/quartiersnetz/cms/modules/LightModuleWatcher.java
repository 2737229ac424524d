package de.quartiersnetz.cms.modules;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the light modules when anything below their directory is added, changed or deleted (new modules too).
 * Polls instead of using a {@code WatchService}: that one is not recursive, does not follow symlinks and misses
 * events on some mounted file systems. Hidden entries and {@code node_modules} folders are not watched.
 */
public final class LightModuleWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LightModuleWatcher.class);

    private final LightModuleLoader loader;
    private final Duration pollInterval;
    private ScheduledExecutorService executor;
    private volatile DirectoryFingerprint last;

    /** @param pollInterval how often to look, e.g. 300 ms; a change is loaded within about one interval */
    public LightModuleWatcher(LightModuleLoader loader, Duration pollInterval) {
        this.loader = Objects.requireNonNull(loader, "loader");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, not " + pollInterval);
        }
        this.pollInterval = pollInterval;
    }

    /** Takes the current state as the baseline and starts polling on a daemon thread. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("light-module watcher already started");
        }
        last = DirectoryFingerprint.of(loader.lightModulesDir());
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "light-module-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, pollInterval.toMillis());
        executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for light-module changes every {} ms", loader.lightModulesDir(), millis);
    }

    private void poll() {
        try {
            DirectoryFingerprint current = DirectoryFingerprint.of(loader.lightModulesDir());
            if (!current.sameAs(last)) {
                last = current;
                LOG.debug("Change below {}, reloading light modules", loader.lightModulesDir());
                loader.load();
            }
        } catch (RuntimeException e) {
            // Keep polling: an exception here would silently cancel the scheduled task.
            LOG.error("Reloading light modules from {} failed", loader.lightModulesDir(), e);
        }
    }

    /** Stops polling; a reload in progress is allowed to finish (without interrupting its file reads). */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
