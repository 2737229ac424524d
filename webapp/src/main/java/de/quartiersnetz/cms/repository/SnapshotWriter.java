package de.quartiersnetz.cms.repository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeTypeManager;

import org.apache.jackrabbit.oak.api.Blob;
import org.apache.jackrabbit.oak.api.CommitFailedException;
import org.apache.jackrabbit.oak.api.ContentSession;
import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.memory.PropertyStates;

/**
 * Writes snapshots through the Oak API in one commit. JCR's system-view import would keep identifiers
 * too, but it looks every identifier up against the whole unsaved change, which makes large imports
 * quadratic; here the commit hooks (node types, identifier uniqueness, references) check once.
 */
final class SnapshotWriter {
    private final NodeTypeManager nodeTypes;

    SnapshotWriter(NodeTypeManager nodeTypes) {
        this.nodeTypes = nodeTypes;
    }

    /**
     * @param replaced absolute paths of nodes to remove first (same path, or same identifier elsewhere)
     * @return the snapshots as written, with identifiers given to referenceable nodes that had none
     */
    List<NodeSnapshot> write(ContentSession session, List<String> replaced, List<ContentRepository.Placement> placements,
                             LongConsumer progress) throws RepositoryException {
        Root root = session.getLatestRoot();
        for (String path : replaced) {
            org.apache.jackrabbit.oak.api.Tree tree = root.getTree(path);
            if (tree.exists()) {
                tree.remove();
            }
        }
        List<NodeSnapshot> written = new ArrayList<>();
        for (ContentRepository.Placement placement : placements) {
            org.apache.jackrabbit.oak.api.Tree parent = root.getTree(placement.parentPath());
            if (!parent.exists()) {
                throw new javax.jcr.PathNotFoundException(placement.parentPath());
            }
            if (parent.hasChild(placement.snapshot().name())) {
                parent.getChild(placement.snapshot().name()).remove();
            }
            written.add(add(root, parent, placement.snapshot()));
            progress.accept(count(placement.snapshot()));
        }
        try {
            root.commit();
        } catch (CommitFailedException e) {
            throw e.asRepositoryException();
        }
        return written;
    }

    private NodeSnapshot add(Root root, org.apache.jackrabbit.oak.api.Tree parent, NodeSnapshot node)
            throws RepositoryException {
        // An orderable parent appends the name to its child order; a non-orderable one (a workspace
        // root holding thousands of items) keeps no order list that every addition would copy.
        org.apache.jackrabbit.oak.api.Tree tree = parent.addChild(node.name());
        tree.setProperty("jcr:primaryType", node.primaryType(), Type.NAME);
        if (nodeTypes.getNodeType(node.primaryType()).hasOrderableChildNodes()) {
            // JCR does this for orderable types; the Oak API only when asked.
            tree.setOrderableChildren(true);
        }
        if (!node.mixins().isEmpty()) {
            tree.setProperty("jcr:mixinTypes", node.mixins(), Type.NAMES);
        }
        String identifier = node.identifier();
        if (identifier == null && isReferenceable(node)) {
            identifier = UUID.randomUUID().toString();
        }
        if (identifier != null) {
            tree.setProperty("jcr:uuid", identifier);
        }
        for (NodeSnapshot.Property property : node.properties()) {
            tree.setProperty(state(root, property));
        }
        List<NodeSnapshot> children = new ArrayList<>();
        for (NodeSnapshot child : node.children()) {
            children.add(add(root, tree, child));
        }
        return new NodeSnapshot(node.name(), node.primaryType(), identifier, node.mixins(), node.properties(),
                children, node.line());
    }

    private boolean isReferenceable(NodeSnapshot node) throws RepositoryException {
        if (nodeTypes.getNodeType(node.primaryType()).isNodeType("mix:referenceable")) {
            return true;
        }
        for (String mixin : node.mixins()) {
            if (nodeTypes.getNodeType(mixin).isNodeType("mix:referenceable")) {
                return true;
            }
        }
        return false;
    }

    private static PropertyState state(Root root, NodeSnapshot.Property property) throws RepositoryException {
        int type = property.type();
        if (!property.multiple()) {
            return type == PropertyType.BINARY
                    ? PropertyStates.createProperty(property.name(), blob(root, property.value()), Type.BINARY)
                    : PropertyStates.createProperty(property.name(), property.value(), type);
        }
        List<Object> values = new ArrayList<>();
        for (String value : property.values()) {
            values.add(switch (type) {
                case PropertyType.BOOLEAN -> Boolean.valueOf(value);
                case PropertyType.LONG -> Long.valueOf(value);
                case PropertyType.DOUBLE -> Double.valueOf(value);
                case PropertyType.DECIMAL -> new BigDecimal(value);
                case PropertyType.BINARY -> blob(root, value);
                default -> value;
            });
        }
        return PropertyStates.createProperty(property.name(), values, Type.fromTag(type, true));
    }

    private static Blob blob(Root root, String base64) throws RepositoryException {
        try {
            return root.createBlob(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (IOException | IllegalArgumentException e) {
            throw new RepositoryException("cannot store a binary value: " + e.getMessage(), e);
        }
    }

    private static long count(NodeSnapshot node) {
        return 1 + node.children().stream().mapToLong(SnapshotWriter::count).sum();
    }
}
