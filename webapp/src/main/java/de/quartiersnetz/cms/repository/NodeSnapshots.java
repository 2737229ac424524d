package de.quartiersnetz.cms.repository;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;


/**
 * Reads node trees into {@link NodeSnapshot}s; {@link ContentRepository#writeSnapshots} writes them back.
 */
public final class NodeSnapshots {
    private NodeSnapshots() {
    }

    /** Copies {@code node} and the descendants accepted by {@code descend}. */
    public static NodeSnapshot read(Node node, Predicate<Node> descend) throws RepositoryException {
        List<String> mixins = new ArrayList<>();
        for (NodeType mixin : node.getMixinNodeTypes()) {
            mixins.add(mixin.getName());
        }
        List<NodeSnapshot.Property> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (name.equals("jcr:primaryType") || name.equals("jcr:mixinTypes") || name.equals("jcr:uuid")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                values.add(stringForm(value));
            }
            properties.add(new NodeSnapshot.Property(name, property.getType(), property.isMultiple(), values));
        }
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        List<NodeSnapshot> children = new ArrayList<>();
        for (Node child : ChildNodes.of(node)) {
            if (descend.test(child)) {
                children.add(read(child, descend));
            }
        }
        String identifier = node.isNodeType("mix:referenceable") ? node.getIdentifier() : null;
        return new NodeSnapshot(node.getName(), node.getPrimaryNodeType().getName(), identifier, mixins,
                properties, children, 0);
    }

    /** Binary values travel Base64-encoded, as in JCR's system view. */
    private static String stringForm(Value value) throws RepositoryException {
        if (value.getType() != PropertyType.BINARY) {
            return value.getString();
        }
        try (InputStream in = value.getBinary().getStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new RepositoryException("cannot read binary value: " + e.getMessage(), e);
        }
    }

}
