package de.quartiersnetz.cms.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeType;

import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.api.Tree;
import org.apache.jackrabbit.oak.namepath.NamePathMapper;
import org.apache.jackrabbit.oak.plugins.nodetype.ReadOnlyNodeTypeManager;
import org.apache.jackrabbit.oak.plugins.tree.TreeUtil;

import de.quartiersnetz.cms.repository.RepositoryFailure;

/**
 * The node types of nodes read from one repository snapshot: each type with all its supertypes, looked up once
 * per type name (a snapshot holds thousands of items of a handful of types).
 */
final class ItemTypes {
    private final ReadOnlyNodeTypeManager manager;
    private final Map<String, Set<String>> withSupertypes = new HashMap<>();

    ItemTypes(Root snapshot) {
        this.manager = ReadOnlyNodeTypeManager.getInstance(snapshot, NamePathMapper.DEFAULT);
    }

    /** The primary type and the mixins of the node, each followed by its supertypes. */
    Set<String> of(Tree node) {
        Set<String> names = new LinkedHashSet<>(withSupertypes(TreeUtil.getPrimaryTypeName(node)));
        for (String mixin : TreeUtil.getMixinTypeNames(node)) {
            names.addAll(withSupertypes(mixin));
        }
        return names;
    }

    /** Whether the node is an item ({@code mgnl:content} of any subtype, or a folder); see {@link Items}. */
    boolean isItem(Tree node) {
        if (isItemType(TreeUtil.getPrimaryTypeName(node))) {
            return true;
        }
        for (String mixin : TreeUtil.getMixinTypeNames(node)) {
            if (isItemType(mixin)) {
                return true;
            }
        }
        return false;
    }

    private boolean isItemType(String type) {
        Set<String> names = withSupertypes(type);
        return names.contains(IndexFields.ITEM_TYPE) || names.contains(IndexFields.FOLDER_TYPE);
    }

    private Set<String> withSupertypes(String type) {
        return withSupertypes.computeIfAbsent(type, name -> {
            try {
                NodeType nodeType = manager.getNodeType(name);
                Set<String> names = new LinkedHashSet<>();
                names.add(nodeType.getName());
                for (NodeType supertype : nodeType.getSupertypes()) {
                    names.add(supertype.getName());
                }
                return names;
            } catch (RepositoryException e) {
                throw new RepositoryFailure("unknown node type " + name + ": " + e.getMessage(), e);
            }
        });
    }
}
