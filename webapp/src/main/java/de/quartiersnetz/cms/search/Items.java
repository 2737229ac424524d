package de.quartiersnetz.cms.search;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Which nodes are items, and which item a node belongs to. Items ({@code mgnl:content} and its subtypes such
 * as {@code mgnl:page} or a content type's own type, and folders) get a document each; every other node
 * ({@code mgnl:contentNode}, {@code mgnl:area}, {@code mgnl:component}) belongs to its nearest item above.
 */
final class Items {
    private Items() {
    }

    @FunctionalInterface
    interface Visitor {
        void visit(Node item) throws RepositoryException;
    }

    static boolean isItem(Node node) throws RepositoryException {
        return node.isNodeType(IndexFields.ITEM_TYPE) || node.isNodeType(IndexFields.FOLDER_TYPE);
    }

    /** Visits every item below {@code parent}, parents before children. */
    static void forEachItemBelow(Node parent, Visitor visitor) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isItem(child)) {
                visitor.visit(child);
            }
            forEachItemBelow(child, visitor);
        }
    }

    static long countItemsBelow(Node parent) throws RepositoryException {
        long[] count = {0};
        forEachItemBelow(parent, item -> count[0]++);
        return count[0];
    }

    /** The node itself if it is an item, else its nearest item ancestor inside the workspace, else null. */
    static Node owningItem(Node node) throws RepositoryException {
        Node current = node;
        while (current.getDepth() > 1) {
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
