package de.quartiersnetz.cms.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
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

    private OakStore(Path directory, FileStore fileStore, Repository repository) {
        this.directory = directory;
        this.fileStore = fileStore;
        this.repository = repository;
    }

    static OakStore open(Path directory) {
        try {
            Files.createDirectories(directory);
            FileStore fileStore = FileStoreBuilder.fileStoreBuilder(directory.toFile())
                    .withMaxFileSize(256)
                    .withSegmentCacheSize(64)
                    .withStringCacheSize(16)
                    .withTemplateCacheSize(16)
                    .build();
            NodeStore nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
            Repository repository = new Jcr(new Oak(nodeStore))
                    .with(new OpenSecurityProvider())
                    .createRepository();
            LOG.info("Opened Oak segment store at {}", directory);
            return new OakStore(directory, fileStore, repository);
        } catch (IOException | InvalidFileStoreVersionException e) {
            throw storeFailure(directory, e);
        } catch (RuntimeException e) {
            throw storeFailure(directory, e);
        }
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

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        if (repository instanceof JackrabbitRepository jackrabbit) {
            jackrabbit.shutdown();
        }
        fileStore.close();
        LOG.info("Closed Oak segment store at {}", directory);
    }
}
