package de.quartiersnetz.cms.publishing;

import java.util.HashMap;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeManager;

/**
 * Which nodes publishing treats on their own. Items ({@code mgnl:content} and its subtypes) and folders are
 * published on their own; every other node (submodel entries, areas, components) belongs to the item above it
 * and travels, and is versioned, with it. Only items get versions: a folder has no fields of its own.
 */
final class ItemTypes {
    private static final String ITEM = "mgnl:content";
    private static final String FOLDER = "mgnl:folder";

    private final NodeTypeManager types;
    private final Map<String, NodeType> byName = new HashMap<>();

    ItemTypes(NodeTypeManager types) {
        this.types = types;
    }

    static boolean isItem(Node node) throws RepositoryException {
        return node.isNodeType(ITEM);
    }

    static boolean isItemOrFolder(Node node) {
        try {
            return node.isNodeType(ITEM) || node.isNodeType(FOLDER);
        } catch (RepositoryException e) {
            return false;
        }
    }

    boolean isItemOrFolder(String primaryType) throws RepositoryException {
        return type(primaryType).isNodeType(ITEM) || type(primaryType).isNodeType(FOLDER);
    }

    boolean isItem(String primaryType) throws RepositoryException {
        return type(primaryType).isNodeType(ITEM);
    }

    private NodeType type(String name) throws RepositoryException {
        NodeType type = byName.get(name);
        if (type == null) {
            type = types.getNodeType(name);
            byName.put(name, type);
        }
        return type;
    }
}
