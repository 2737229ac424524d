package de.quartiersnetz.cms.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Children in a stable order: the editors' order where the parent keeps one, else by name. Workspace
 * roots keep none (see {@link ContentRepository#WORKSPACE_ROOT_TYPE}), and Oak would list their
 * items in hash order.
 */
public final class ChildNodes {
    private ChildNodes() {
    }

    public static List<Node> of(Node parent) throws RepositoryException {
        List<Node> children = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            children.add(it.nextNode());
        }
        if (!parent.getPrimaryNodeType().hasOrderableChildNodes()) {
            children.sort(Comparator.comparing(ChildNodes::name));
        }
        return children;
    }

    private static String name(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot read a node name", e);
        }
    }
}
