package de.quartiersnetz.cms.repository;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads node trees into {@link NodeSnapshot}s and writes snapshots back through JCR's system-view
 * import, the standard way to create nodes that keep a given {@code jcr:uuid}.
 */
public final class NodeSnapshots {
    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

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
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (descend.test(child)) {
                children.add(read(child, descend));
            }
        }
        String identifier = node.isNodeType("mix:referenceable") ? node.getIdentifier() : null;
        return new NodeSnapshot(node.getName(), node.getPrimaryNodeType().getName(), identifier, mixins,
                properties, children, 0);
    }

    /** Binary values travel Base64-encoded, as JCR's system view carries them. */
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

    /**
     * Writes the snapshot below {@code parentPath}, replacing a node of the same name and any node that
     * holds the same identifier elsewhere. The caller saves.
     */
    public static void write(Session session, String parentPath, NodeSnapshot snapshot) throws RepositoryException {
        Node parent = session.getNode(parentPath);
        if (parent.hasNode(snapshot.name())) {
            parent.getNode(snapshot.name()).remove();
        }
        ContentHandler handler = session.getImportContentHandler(parentPath,
                ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
        try {
            handler.startDocument();
            handler.startPrefixMapping("sv", SV);
            emit(handler, snapshot);
            handler.endPrefixMapping("sv");
            handler.endDocument();
        } catch (SAXException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RepositoryException repositoryException) {
                throw repositoryException;
            }
            throw new RepositoryException("cannot write node '" + snapshot.name() + "': " + cause.getMessage(), cause);
        }
    }

    private static void emit(ContentHandler handler, NodeSnapshot node) throws SAXException {
        handler.startElement(SV, "node", "sv:node", attributes("name", node.name()));
        property(handler, "jcr:primaryType", PropertyType.NAME, false, List.of(node.primaryType()));
        if (!node.mixins().isEmpty()) {
            property(handler, "jcr:mixinTypes", PropertyType.NAME, true, node.mixins());
        }
        if (node.identifier() != null) {
            property(handler, "jcr:uuid", PropertyType.STRING, false, List.of(node.identifier()));
        }
        for (NodeSnapshot.Property p : node.properties()) {
            property(handler, p.name(), p.type(), p.multiple(), p.values());
        }
        for (NodeSnapshot child : node.children()) {
            emit(handler, child);
        }
        handler.endElement(SV, "node", "sv:node");
    }

    private static void property(ContentHandler handler, String name, int type, boolean multiple, List<String> values)
            throws SAXException {
        AttributesImpl attributes = attributes("name", name);
        attributes.addAttribute(SV, "type", "sv:type", "CDATA", PropertyType.nameFromValue(type));
        if (multiple) {
            attributes.addAttribute(SV, "multiple", "sv:multiple", "CDATA", "true");
        }
        handler.startElement(SV, "property", "sv:property", attributes);
        for (String value : values) {
            handler.startElement(SV, "value", "sv:value", new AttributesImpl());
            char[] chars = value.toCharArray();
            handler.characters(chars, 0, chars.length);
            handler.endElement(SV, "value", "sv:value");
        }
        handler.endElement(SV, "property", "sv:property");
    }

    private static AttributesImpl attributes(String name, String value) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(SV, name, "sv:" + name, "CDATA", value);
        return attributes;
    }
}
