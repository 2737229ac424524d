package de.quartiersnetz.cms.publishing;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ExportYamlWriter;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Where versions live: in the author tree only, at {@code /mgnl:versions/<workspace>/<item identifier>/<n>}.
 * The prefixed top-level name makes the subtree a system node like {@code /jcr:system}: the repository never
 * lists it as a workspace, no workspace name can address it, and search ignores it. It is never published.
 * <p>
 * A version holds the item as published (its node with its own sub-nodes, not its child items) as Magnolia YAML
 * export text. Stored as nodes, the copy would claim the item's jcr:uuid a second time, which Oak's unique uuid
 * index refuses; the text keeps identifiers and values in the form import and export already round-trip.
 */
final class VersionStore {
    static final String ROOT = "mgnl:versions";
    /** Keeps no child order: a workspace holds many items, an item many versions. */
    private static final String CONTAINER_TYPE = "oak:Unstructured";
    private static final String LATEST = "latest";
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9a-fA-F-]{36}");

    private final ExportYamlWriter yamlWriter = new ExportYamlWriter();
    private final ExportYamlReader yamlReader = new ExportYamlReader();

    /** A version with the item's content as it was published. */
    record Stored(Version version, NodeSnapshot item) {
    }

    /**
     * Adds a version for every item in a snapshot being published, in the publishing session, so the versions
     * are saved in the same commit as the items' activation marks.
     *
     * @param path      the workspace path of the snapshot's top node
     * @param published the snapshot as it goes live, possibly holding child items and folders
     */
    void record(Session session, String workspace, String path, NodeSnapshot published, String user, Calendar now)
            throws RepositoryException {
        Node histories = child(child(session.getRootNode(), ROOT), workspace);
        record(histories, new ItemTypes(session.getWorkspace().getNodeTypeManager()), WorkspacePaths.normalise(path),
                published, user, now);
    }

    private void record(Node histories, ItemTypes types, String path, NodeSnapshot node, String user, Calendar now)
            throws RepositoryException {
        List<NodeSnapshot> ownNodes = new ArrayList<>();
        for (NodeSnapshot child : node.children()) {
            if (types.isItemOrFolder(child.primaryType())) {
                record(histories, types, path + "/" + child.name(), child, user, now);
            } else {
                ownNodes.add(child);
            }
        }
        if (types.isItem(node.primaryType())) {
            add(histories, node.withChildren(ownNodes), path, user, now);
        }
    }

    private void add(Node histories, NodeSnapshot item, String path, String user, Calendar now)
            throws RepositoryException {
        if (item.identifier() == null) {
            throw new RepositoryException("item " + path + " has no identifier to keep its versions under");
        }
        Node history = child(histories, item.identifier());
        long number = history.hasProperty(LATEST) ? history.getProperty(LATEST).getLong() + 1 : 1;
        history.setProperty(LATEST, number);
        Node version = history.addNode(String.valueOf(number), CONTAINER_TYPE);
        version.setProperty("number", number);
        version.setProperty("user", user);
        version.setProperty("created", now);
        version.setProperty("path", path);
        version.setProperty("content", yamlWriter.write(List.of(withoutBinaries(item))));
    }

    /**
     * Versions keep an item's text, not its binaries: an asset's file (up to the upload limit) would otherwise be
     * copied, Base64-encoded, into every version. The binary's facts (name, type, size) stay.
     */
    private static NodeSnapshot withoutBinaries(NodeSnapshot node) {
        List<NodeSnapshot.Property> properties = node.properties().stream()
                .filter(p -> p.type() != javax.jcr.PropertyType.BINARY).toList();
        List<NodeSnapshot> children = node.children().stream().map(VersionStore::withoutBinaries).toList();
        return node.withProperties(properties).withChildren(children);
    }

    /** The item's versions, newest first; none when it was never published. */
    List<Version> list(Session session, String workspace, String identifier) throws RepositoryException {
        List<Version> versions = new ArrayList<>();
        Optional<Node> history = history(session, workspace, identifier);
        if (history.isPresent()) {
            for (NodeIterator it = history.get().getNodes(); it.hasNext(); ) {
                versions.add(version(it.nextNode()));
            }
        }
        versions.sort(Comparator.comparingInt(Version::number).reversed());
        return versions;
    }

    Optional<Stored> read(Session session, String workspace, String identifier, int number)
            throws RepositoryException {
        Optional<Node> history = history(session, workspace, identifier);
        if (history.isEmpty() || !history.get().hasNode(String.valueOf(number))) {
            return Optional.empty();
        }
        Node node = history.get().getNode(String.valueOf(number));
        Path source = Path.of("version-" + number + "-of-" + identifier + ".yaml");
        NodeSnapshot item = yamlReader.read(node.getProperty("content").getString(), source).get(0);
        return Optional.of(new Stored(version(node), item));
    }

    private static Optional<Node> history(Session session, String workspace, String identifier)
            throws RepositoryException {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            return Optional.empty();
        }
        String path = "/" + ROOT + "/" + WorkspacePaths.requireWorkspace(workspace) + "/" + identifier;
        return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
    }

    private static Version version(Node node) throws RepositoryException {
        Calendar created = node.getProperty("created").getDate();
        return new Version((int) node.getProperty("number").getLong(), node.getProperty("user").getString(),
                ZonedDateTime.ofInstant(created.toInstant(), created.getTimeZone().toZoneId()),
                node.getProperty("path").getString());
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, CONTAINER_TYPE);
    }
}
