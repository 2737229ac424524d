package de.quartiersnetz.cms.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cached response bodies as files, for the web server to send with the kernel's {@code sendfile} instead of copying
 * them through its buffers. One immutable file per ETag (the ETag identifies the exact bytes), written on first use;
 * at most {@code space} bytes in all.
 * <p>
 * The web server opens a file only after the request handed it its name, so a file may be deleted only when no
 * request can still be about to open it: a file not handed out for {@code idle} is first forgotten (requests write it
 * anew under another name), and deleted {@code idle} later. That gap is far longer than a response waits between
 * naming the file and opening it (it writes its headers in between, bounded by the socket's write timeout).
 */
final class ResponseFiles implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResponseFiles.class);
    private static final long SWEEP_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private record Retired(Path path, long size, long since) {
    }

    private static final class ResponseFile {
        final Path path;
        final long size;
        volatile long lastUse;

        ResponseFile(Path path, long size, long now) {
            this.path = path;
            this.size = size;
            this.lastUse = now;
        }
    }

    private final Path folder;
    private final long space;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final Map<String, ResponseFile> files = new ConcurrentHashMap<>();
    private final Queue<Retired> retired = new ConcurrentLinkedQueue<>();
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong names = new AtomicLong();
    private final AtomicLong nextSweep;

    /** Empties {@code folder}: files of an earlier run are not known to this one. */
    ResponseFiles(Path folder, long space, long idleNanos, LongSupplier nanoTime) {
        this.folder = folder;
        this.space = space;
        this.idleNanos = idleNanos;
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + SWEEP_EVERY_NANOS);
        try {
            Files.createDirectories(folder);
            deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder, e);
        }
    }

    /**
     * The file holding {@code body}, written now if this ETag has none; null when the space is used up or the file
     * cannot be written (the caller then sends the bytes itself).
     */
    Path file(String etag, byte[] body) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        ResponseFile file = files.get(etag);
        if (file != null) {
            file.lastUse = now;
            return file.path;
        }
        return write(etag, body, now);
    }

    private Path write(String etag, byte[] body, long now) {
        if (used.addAndGet(body.length) > space) {
            used.addAndGet(-body.length);
            return null;
        }
        // Unique per write: a forgotten file of the same ETag may still wait for its deletion.
        Path path = folder.resolve(etag.replace("\"", "") + "-" + names.incrementAndGet());
        try {
            Files.write(path, body, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            delete(path, body.length);
            log.warn("Cannot write {}, sending this response from memory: {}", path, e.toString());
            return null;
        }
        ResponseFile written = new ResponseFile(path, body.length, now);
        ResponseFile earlier = files.putIfAbsent(etag, written);
        if (earlier == null) {
            return path;
        }
        // Another request wrote the same bytes at the same time; nobody has seen this name.
        delete(path, body.length);
        earlier.lastUse = now;
        return earlier.path;
    }

    /** One request every few seconds forgets idle or vanished files and deletes those forgotten long enough. */
    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + SWEEP_EVERY_NANOS)) {
            return;
        }
        for (Iterator<Retired> it = retired.iterator(); it.hasNext(); ) {
            Retired old = it.next();
            if (now - old.since() >= idleNanos && delete(old.path(), old.size())) {
                it.remove();
            }
        }
        files.forEach((etag, file) -> {
            if (!Files.exists(file.path) && files.remove(etag, file)) {
                // deleted by someone else: written anew on next use instead of failing every response
                used.addAndGet(-file.size);
            } else if (now - file.lastUse >= idleNanos && files.remove(etag, file)) {
                retired.add(new Retired(file.path, file.size, now));
            }
        });
    }

    private boolean delete(Path path, long size) {
        try {
            Files.deleteIfExists(path);
            used.addAndGet(-size);
            return true;
        } catch (IOException e) {
            // e.g. still open on a system that cannot delete open files: the next sweep tries again
            return false;
        }
    }

    /** Bytes on disk, forgotten files included. */
    long used() {
        return used.get();
    }

    /** Only once the web server has stopped: no response is left to send a file. */
    @Override
    public void close() throws IOException {
        files.clear();
        retired.clear();
        deleteAll();
    }

    private void deleteAll() throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                Files.deleteIfExists(path);
            }
        }
    }
}
