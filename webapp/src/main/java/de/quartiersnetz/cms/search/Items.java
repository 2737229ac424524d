package de.quartiersnetz.cms.search;

import java.util.Set;

import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.api.Tree;

/**
 * Which nodes are items, and which item a node belongs to. Items ({@code mgnl:content} and its subtypes such
 * as {@code mgnl:page} or a content type's own type, and folders) get a document each; every other node
 * ({@code mgnl:contentNode}, {@code mgnl:area}, {@code mgnl:component}) belongs to its nearest item above.
 * Nodes are read from a repository snapshot ({@link de.quartiersnetz.cms.repository.ContentRepository#snapshot}).
 */
final class Items {
    private final ItemTypes types;

    Items(Root snapshot) {
        this.types = new ItemTypes(snapshot);
    }

    @FunctionalInterface
    interface Visitor {
        void visit(Tree item);
    }

    boolean isItem(Tree node) {
        return types.isItem(node);
    }

    /** The node's primary type and mixins with all their supertypes. */
    Set<String> types(Tree node) {
        return types.of(node);
    }

    /** Visits every item below {@code parent}, parents before children. */
    void forEachItemBelow(Tree parent, Visitor visitor) {
        for (Tree child : parent.getChildren()) {
            if (isItem(child)) {
                visitor.visit(child);
            }
            forEachItemBelow(child, visitor);
        }
    }

    /** The node itself if it is an item, else its nearest item ancestor inside the workspace, else null. */
    Tree owningItem(Tree node) {
        Tree current = node;
        while (!current.isRoot() && !current.getParent().isRoot()) {
            if (isItem(current)) {
                return current;
            }
            current = current.getParent();
        }
        return null;
    }

    /**
     * The workspace of an absolute repository path, or null for the root and for Oak's own top-level nodes
     * ({@code /jcr:system}, {@code /oak:index}, …).
     */
    static String workspaceOf(String absolutePath) {
        if (absolutePath.length() < 2 || absolutePath.charAt(0) != '/') {
            return null;
        }
        int slash = absolutePath.indexOf('/', 1);
        String workspace = slash < 0 ? absolutePath.substring(1) : absolutePath.substring(1, slash);
        return workspace.contains(":") ? null : workspace;
    }
}
