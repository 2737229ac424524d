package de.quartiersnetz.cms.publishing;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.NodeSnapshots;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Copies items from the author tree to the live tree. An item travels with its own sub-nodes (areas,
 * components, submodel entries) but not with child items or folders unless asked to; the live
 * copy keeps the author's identifier. Every publication of an item is recorded as a version of it
 * ({@link VersionHistory}).
 */
public final class Publisher {
    private final ContentRepository repository;
    private final Clock clock;
    private final VersionStore versions = new VersionStore();

    public Publisher(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void publish(String workspace, String path, boolean includeChildren, String user) {
        publish(workspace, List.of(path), includeChildren, user);
    }

    /**
     * Publishes the items in order (parents before children), all in one save per tree, and records a version
     * of every item published.
     */
    public void publish(String workspace, List<String> paths, boolean includeChildren, String user) {
        repository.ensureWorkspace(workspace);
        // Versions are saved in the same author commit as the activation marks, and before anything goes
        // live: an item that reaches the live tree always has its version, and a failed mark leaves neither.
        List<NodeSnapshot> snapshots = repository.write(Tree.AUTHOR, "publish.mark", session -> {
            List<NodeSnapshot> read = new ArrayList<>();
            GregorianCalendar now = GregorianCalendar.from(ZonedDateTime.now(clock));
            for (String path : paths) {
                Node item = session.getNode(WorkspacePaths.absolute(workspace, path));
                mark(item, includeChildren, now, user);
                NodeSnapshot snapshot = NodeSnapshots.read(item,
                        child -> includeChildren || !ItemTypes.isItemOrFolder(child));
                versions.record(session, workspace, path, snapshot, user, now);
                read.add(snapshot);
            }
            return read;
        });
        followMoves(workspace, paths, snapshots);
        List<ContentRepository.Placement> copies = new ArrayList<>();
        List<Integer> inPlace = new ArrayList<>();
        repository.read(Tree.LIVE, "publish.check", session -> {
            for (int i = 0; i < paths.size(); i++) {
                String path = WorkspacePaths.normalise(paths.get(i));
                String parent = WorkspacePaths.absolute(workspace, WorkspacePaths.parent(path));
                boolean parentComing = copies.stream().map(c -> c.parentPath() + "/" + c.snapshot().name())
                        .anyMatch(parent::equals);
                if (!session.nodeExists(parent) && !parentComing) {
                    throw new ContentNotFoundException("publish " + workspace + ":" + path
                            + ": its parent is not published yet; publish " + WorkspacePaths.parent(path) + " first");
                }
                if (includeChildren || !session.nodeExists(WorkspacePaths.absolute(workspace, path))) {
                    copies.add(new ContentRepository.Placement(parent, snapshots.get(i)));
                } else {
                    inPlace.add(i);
                }
            }
            return null;
        });
        repository.writeSnapshots(Tree.LIVE, "publish.copy", copies, nodes -> { });
        if (!inPlace.isEmpty()) {
            List<ContentRepository.Placement> subNodes = new ArrayList<>();
            repository.write(Tree.LIVE, "publish.update", session -> {
                for (int i : inPlace) {
                    String target = WorkspacePaths.absolute(workspace, WorkspacePaths.normalise(paths.get(i)));
                    updateInPlace(session, target, snapshots.get(i));
                    snapshots.get(i).children().forEach(child -> subNodes.add(new ContentRepository.Placement(target, child)));
                }
                return null;
            });
            repository.writeSnapshots(Tree.LIVE, "publish.subNodes", subNodes, nodes -> { });
        }
    }

    /**
     * An item renamed or moved in the author tree since it was published is moved in the live tree first, to where
     * it is now, with the items below it: publishing it without children then updates it in place and keeps its
     * live child items (copying it would replace the live node and drop them).
     */
    private void followMoves(String workspace, List<String> paths, List<NodeSnapshot> snapshots) {
        repository.write(Tree.LIVE, "publish.followMoves", session -> {
            for (int i = 0; i < paths.size(); i++) {
                String identifier = snapshots.get(i).identifier();
                if (identifier == null) {
                    continue;
                }
                String target = WorkspacePaths.absolute(workspace, paths.get(i));
                Node live;
                try {
                    live = session.getNodeByIdentifier(identifier);
                } catch (javax.jcr.ItemNotFoundException notLive) {
                    continue;
                }
                String parent = target.substring(0, target.lastIndexOf('/'));
                if (!live.getPath().equals(target) && live.getPath().startsWith("/" + workspace + "/")
                        && !session.nodeExists(target) && session.nodeExists(parent.isEmpty() ? "/" : parent)
                        && !target.startsWith(live.getPath() + "/")) {
                    session.move(live.getPath(), target);
                }
            }
            return null;
        });
    }

    /**
     * Removes the item (and everything below it) from the live tree, and marks it and the items and folders
     * below it as not published in the author tree.
     */
    public void unpublish(String workspace, String path, String user) {
        String absolute = WorkspacePaths.absolute(workspace, path);
        repository.write(Tree.LIVE, "unpublish", session -> {
            if (session.nodeExists(absolute)) {
                session.getNode(absolute).remove();
            }
            return null;
        });
        repository.write(Tree.AUTHOR, "unpublish.mark", session -> {
            if (session.nodeExists(absolute)) {
                unmark(session.getNode(absolute));
            }
            return null;
        });
    }

    /** What went offline below the item must not show as published either. */
    private static void unmark(Node node) throws RepositoryException {
        node.setProperty("mgnl:activationStatus", false);
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:content") || child.isNodeType("mgnl:folder")) {
                unmark(child);
            }
        }
    }

    /** Re-publishing without children must keep the child items already live below this one. */
    private static void updateInPlace(Session session, String target, NodeSnapshot snapshot)
            throws RepositoryException {
        Node live = session.getNode(target);
        List<javax.jcr.Property> stale = new ArrayList<>();
        for (PropertyIterator it = live.getProperties(); it.hasNext(); ) {
            javax.jcr.Property property = it.nextProperty();
            if (!property.getDefinition().isProtected() && snapshot.property(property.getName()).isEmpty()) {
                stale.add(property);
            }
        }
        for (javax.jcr.Property property : stale) {
            property.remove();
        }
        for (NodeSnapshot.Property property : snapshot.properties()) {
            if (live.hasProperty(property.name())) {
                live.getProperty(property.name()).remove();
            }
            javax.jcr.Value[] values = new javax.jcr.Value[property.values().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = session.getValueFactory().createValue(property.values().get(i), property.type());
            }
            if (property.multiple()) {
                live.setProperty(property.name(), values, property.type());
            } else {
                live.setProperty(property.name(), values[0]);
            }
        }
        for (NodeIterator it = live.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!ItemTypes.isItemOrFolder(child)) {
                child.remove();
            }
        }
    }

    private static void mark(Node item, boolean includeChildren, GregorianCalendar now, String user)
            throws RepositoryException {
        item.setProperty("mgnl:activationStatus", true);
        item.setProperty("mgnl:lastActivated", now);
        item.setProperty("mgnl:lastActivatedBy", user);
        if (includeChildren) {
            for (NodeIterator it = item.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (ItemTypes.isItemOrFolder(child)) {
                    mark(child, true, now, user);
                }
            }
        }
    }
}
