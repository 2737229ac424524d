package de.quartiersnetz.cms.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.security.auth.login.LoginException;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.api.ContentRepository;
import org.apache.jackrabbit.oak.api.ContentSession;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.plugins.blob.datastore.DataStoreBlobStore;
import org.apache.jackrabbit.oak.plugins.blob.datastore.OakFileDataStore;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded Oak repository on a segment-tar store. Access control is the job of the
 * application's security layer, so Oak runs with its open security provider.
 */
final class OakStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OakStore.class);

    private final Path directory;
    private final FileStore fileStore;
    private final Repository repository;
    private final ContentRepository oakRepository;
    private final NodeStore nodeStore;
    private DataStoreBlobStore blobStore;

    private OakStore(Path directory, FileStore fileStore, NodeStore nodeStore, Repository repository,
                     ContentRepository oakRepository) {
        this.directory = directory;
        this.fileStore = fileStore;
        this.nodeStore = nodeStore;
        this.repository = repository;
        this.oakRepository = oakRepository;
    }

    static OakStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            DataStoreBlobStore blobStore = fileDataStore(directory);
            FileStore fileStore = FileStoreBuilder.fileStoreBuilder(directory.toFile())
                    .withBlobStore(blobStore)
                    .withMaxFileSize(256)
                    .withSegmentCacheSize(64)
                    .withStringCacheSize(16)
                    .withTemplateCacheSize(16)
                    .build();
            NodeStore nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
            Jcr jcr = new Jcr(new Oak(nodeStore)).with(new OpenSecurityProvider());
            // One Oak instance serves both: JCR for everyday work, the Oak API for bulk writes.
            ContentRepository oakRepository = jcr.createContentRepository();
            Repository repository = jcr.createRepository();
            LOG.info("Opened Oak segment store at {}", directory);
            OakStore store = new OakStore(directory, fileStore, nodeStore, repository, oakRepository);
            store.blobStore = blobStore;
            return store;
        } catch (IOException | InvalidFileStoreVersionException e) {
            throw storeFailure(directory, e);
        } catch (RuntimeException e) {
            throw storeFailure(directory, e);
        }
    }

    /** Binaries of at least {@value #INLINE_BINARY_BYTES} bytes live as files next to the segment store. */
    static final int INLINE_BINARY_BYTES = 16 * 1024;

    /**
     * A file data store in a sibling folder ({@code repository/author-blobs}). Stores created before it
     * existed keep their inline binaries readable: the segment store reads inline binaries itself.
     */
    private static DataStoreBlobStore fileDataStore(Path directory) throws IOException {
        Path blobs = directory.resolveSibling(directory.getFileName() + "-blobs");
        Files.createDirectories(blobs);
        OakFileDataStore dataStore = new OakFileDataStore();
        dataStore.setPath(blobs.toString());
        dataStore.setMinRecordLength(INLINE_BINARY_BYTES);
        dataStore.init(null);
        return new DataStoreBlobStore(dataStore);
    }

    private static RepositoryFailure storeFailure(Path directory, Exception e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("in use by another store") || reason.toLowerCase().contains("lock")) {
            return new DataDirInUseException("The repository at " + directory
                    + " is in use by another process (is the server running? stop it first).", e);
        }
        return new RepositoryFailure("Cannot open the repository at " + directory + ": " + reason, e);
    }

    Session login() throws RepositoryException {
        return repository.login();
    }

    /** A session of the Oak API, where a node's identifier can be written like any property. */
    ContentSession loginOak() throws RepositoryException {
        try {
            return oakRepository.login(null, null);
        } catch (LoginException e) {
            throw new RepositoryException("cannot open an Oak session: " + e.getMessage(), e);
        }
    }

    /** The latest committed state of the whole store, read-only. */
    NodeState head() {
        return nodeStore.getRoot();
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        if (repository instanceof JackrabbitRepository jackrabbit) {
            jackrabbit.shutdown();
        }
        fileStore.close();
        try {
            blobStore.close();
        } catch (Exception e) {
            LOG.warn("Closing the file data store of {} failed: {}", directory, e.getMessage());
        }
        LOG.info("Closed Oak segment store at {}", directory);
    }
}
