package de.quartiersnetz.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene side of the index: one {@link IndexWriter} for the life of the index and a
 * {@link SearcherManager} on it (near-real-time readers, refreshed after each change, never per query).
 * Every commit records the schema version and the index's state, so a later start can tell an index that
 * was closed cleanly from one that may have missed changes.
 */
final class IndexStore implements AutoCloseable {
    private static final double RAM_BUFFER_MB = 64;

    static final String STATE_CLOSED = "closed";
    static final String STATE_FOLLOWING = "following";
    static final String STATE_STALE = "stale";

    private final Path path;
    private final FSDirectory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final String previousState;
    private boolean closed;

    private IndexStore(Path path, FSDirectory directory, IndexWriter writer, String previousState) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.previousState = previousState;
    }

    static IndexStore open(Path path) {
        FSDirectory directory = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriter writer = newWriter(path, directory);
            Map<String, String> data = commitData(writer);
            String previous = data.get("state");
            if (!IndexFields.SCHEMA_VERSION.equals(data.get("schema"))) {
                // An index of another layout cannot answer correctly: start empty so the caller rebuilds it.
                writer.deleteAll();
                previous = null;
            }
            IndexStore store = new IndexStore(path, directory, writer, previous);
            store.commit(previous == null ? STATE_CLOSED : previous);
            return store;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("Cannot open the search index at " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static IndexWriter newWriter(Path path, FSDirectory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(GermanText.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Rebuilds add every item at once: fewer, larger flushes leave less to merge.
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index at " + path
                    + " is in use by another process (is the server running? stop it first).", e);
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** The state the index was left in by its previous user: null for a new (or emptied) index. */
    String previousState() {
        return previousState;
    }

    IndexWriter writer() {
        return writer;
    }

    /** Callers must {@link #release} the searcher in a finally block. */
    IndexSearcher acquire() throws IOException {
        try {
            return searchers.acquire();
        } catch (AlreadyClosedException reopened) {
            // A failed rebuild swapped the writer and searcher manager while this call was between the two.
            return searchers.acquire();
        }
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void commit(String state) throws IOException {
        Map<String, String> data = Map.of("schema", IndexFields.SCHEMA_VERSION, "state", state);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** Drops everything since the last commit; the writer and readers are replaced (rollback closes a writer). */
    void rollback() throws IOException {
        SearcherManager oldSearchers = searchers;
        writer.rollback();
        writer = newWriter(path, directory);
        searchers = new SearcherManager(writer, null);
        oldSearchers.close();
    }

    synchronized void close(String state) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            commit(state);
        } finally {
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    directory.close();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        close(STATE_CLOSED);
    }

    private static void closeQuietly(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failure is what the caller needs to see
            }
        }
    }
}
