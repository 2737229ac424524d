package de.quartiersnetz.cms.repository;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.EventListener;
import javax.jcr.observation.ObservationManager;

import org.apache.jackrabbit.oak.api.ContentSession;
import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.plugins.tree.factories.RootFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for every repository access: opens a session on the asked tree, runs the work,
 * saves (for writes), closes, logs the operation with its timing and turns {@link RepositoryException}
 * into the project's own errors. No {@link Session} leaves this class other than inside a {@link SessionWork}.
 */
public final class ContentRepository implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentRepository.class);
    private static final long SLOW_MILLIS = 1000;
    /** Not orderable: items of a workspace are many, and an order list would be rewritten on every addition. */
    static final String WORKSPACE_ROOT_TYPE = "oak:Unstructured";

    private final Map<Tree, OakStore> stores;

    private ContentRepository(Map<Tree, OakStore> stores) {
        this.stores = stores;
    }

    /** Opens (or creates) the author and live trees below {@code dataDir/repository}. */
    public static ContentRepository open(Path dataDir) {
        Map<Tree, OakStore> stores = new EnumMap<>(Tree.class);
        try {
            for (Tree tree : Tree.values()) {
                stores.put(tree, OakStore.open(dataDir.resolve("repository").resolve(tree.folderName())));
            }
        } catch (RuntimeException e) {
            stores.values().forEach(OakStore::close);
            throw e;
        }
        ContentRepository repository = new ContentRepository(stores);
        for (Tree tree : Tree.values()) {
            repository.write(tree, "registerNodeTypes", session -> {
                MagnoliaNodeTypes.register(session);
                return null;
            });
        }
        return repository;
    }

    public <T> T read(Tree tree, String operation, SessionWork<T> work) {
        return perform(tree, operation, false, work);
    }

    /** Runs the work and saves once; on any failure nothing of it is persisted. */
    public <T> T write(Tree tree, String operation, SessionWork<T> work) {
        return perform(tree, operation, true, work);
    }

    private <T> T perform(Tree tree, String operation, boolean save, SessionWork<T> work) {
        long start = System.nanoTime();
        Session session = null;
        try {
            session = stores.get(tree).login();
            T result = work.run(session);
            if (save && session.hasPendingChanges()) {
                session.save();
            }
            return result;
        } catch (PathNotFoundException | ItemNotFoundException e) {
            throw new ContentNotFoundException(operation + ": not found: " + e.getMessage());
        } catch (RepositoryException e) {
            throw new RepositoryFailure(operation + " on the " + tree.folderName() + " tree failed: " + e.getMessage(), e);
        } finally {
            if (session != null) {
                session.logout();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis >= SLOW_MILLIS) {
                LOG.info("{} on {} took {} ms", operation, tree.folderName(), millis);
            } else if (LOG.isDebugEnabled()) {
                LOG.debug("{} on {} took {} ms", operation, tree.folderName(), millis);
            }
        }
    }

    /** Where a snapshot goes: below {@code parentPath}, an absolute repository path. */
    public record Placement(String parentPath, NodeSnapshot snapshot) {
    }

    /**
     * Writes node trees keeping their identifiers, in one commit: a node of the same name, and any node
     * holding one of the identifiers elsewhere, is replaced. On failure nothing is written.
     *
     * @param progress told the number of nodes placed, as the write goes on
     * @return the snapshots as written (referenceable nodes that had no identifier got one)
     */
    public List<NodeSnapshot> writeSnapshots(Tree tree, String operation, List<Placement> placements,
                                             LongConsumer progress) {
        List<String> replaced = read(tree, operation + ".lookup", session -> {
            List<String> paths = new ArrayList<>();
            for (Placement placement : placements) {
                collectExisting(session, placement.snapshot(), paths);
            }
            return paths;
        });
        return read(tree, operation, session -> {
            try (ContentSession oak = stores.get(tree).loginOak()) {
                return new SnapshotWriter(session.getWorkspace().getNodeTypeManager())
                        .write(oak, replaced, placements, progress);
            } catch (java.io.IOException e) {
                throw new RepositoryException(e);
            }
        });
    }

    /**
     * Only top-level identifiers are looked up: what lies below a replaced node goes with it, and a
     * sub-node identifier used elsewhere fails the commit with Oak's uniqueness error.
     */
    private static void collectExisting(Session session, NodeSnapshot snapshot, List<String> paths)
            throws RepositoryException {
        if (snapshot.identifier() != null) {
            try {
                paths.add(session.getNodeByIdentifier(snapshot.identifier()).getPath());
            } catch (ItemNotFoundException notThere) {
                // a new identifier: nothing to replace
            }
        }
    }

    /** Creates the workspace's root subtree in both trees if missing. */
    public void ensureWorkspace(String workspace) {
        WorkspacePaths.requireWorkspace(workspace);
        for (Tree tree : Tree.values()) {
            write(tree, "ensureWorkspace", session -> {
                if (!session.getRootNode().hasNode(workspace)) {
                    session.getRootNode().addNode(workspace, WORKSPACE_ROOT_TYPE);
                }
                return null;
            });
        }
    }

    /** Registers a content type's item node type (and its namespaces) in both trees. */
    public void ensureItemType(String nodeType, Map<String, String> namespaces) {
        for (Tree tree : Tree.values()) {
            write(tree, "ensureItemType", session -> {
                MagnoliaNodeTypes.ensureItemType(session, nodeType, "mgnl:content", namespaces);
                return null;
            });
        }
    }

    /** Names of the workspaces present in the tree. */
    public List<String> workspaces(Tree tree) {
        return read(tree, "listWorkspaces", session -> {
            List<String> names = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.isNodeType(WORKSPACE_ROOT_TYPE) && !node.getName().contains(":")) {
                    names.add(node.getName());
                }
            }
            return names;
        });
    }

    /** True when none of the given workspaces of the tree holds any node. */
    public boolean isEmpty(Tree tree, Collection<String> workspaces) {
        return read(tree, "isEmpty", session -> {
            for (String workspace : workspaces) {
                String path = "/" + WorkspacePaths.requireWorkspace(workspace);
                if (session.nodeExists(path) && session.getNode(path).hasNodes()) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Calls the listener, on Oak's observation thread, with the absolute node paths that changed in the tree
     * (for a property change: its node). Changes by any session are seen, also those of other cluster members
     * sharing the store. Close the returned handle to stop listening.
     */
    public AutoCloseable observe(Tree tree, Consumer<List<String>> changedNodePaths) {
        try {
            Session session = stores.get(tree).login();
            ObservationManager observation = session.getWorkspace().getObservationManager();
            EventListener listener = events -> changedNodePaths.accept(ChangedPaths.of(events));
            observation.addEventListener(listener, ChangedPaths.ALL_EVENTS, "/", true, null, null, false);
            return () -> {
                try {
                    observation.removeEventListener(listener);
                } finally {
                    session.logout();
                }
            };
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot observe the " + tree.folderName() + " tree: " + e.getMessage(), e);
        }
    }

    /**
     * The tree's content as it is now, read-only through Oak's own API, for bulk readers such as the search
     * index: no session, and none of JCR's per-call checks and value wrapping. Later writes do not show in it.
     */
    public Root snapshot(Tree tree) {
        return RootFactory.createReadOnlyRoot(stores.get(tree).head());
    }

    /** Names of the repository's own (Oak) indexes in the tree. */
    public List<String> oakIndexes(Tree tree) {
        return read(tree, "listIndexes", session -> {
            List<String> names = new ArrayList<>();
            for (NodeIterator it = session.getNode("/oak:index").getNodes(); it.hasNext(); ) {
                names.add(it.nextNode().getName());
            }
            return names;
        });
    }

    /** Rebuilds one Oak index from the content; synchronous indexes are rebuilt within the save. */
    public void reindexOak(Tree tree, String index) {
        write(tree, "reindex", session -> {
            session.getNode("/oak:index").getNode(index).setProperty("reindex", true);
            return null;
        });
    }

    @Override
    public void close() {
        stores.values().forEach(OakStore::close);
    }
}
