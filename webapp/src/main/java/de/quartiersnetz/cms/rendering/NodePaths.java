package de.quartiersnetz.cms.rendering;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import de.quartiersnetz.cms.repository.RepositoryFailure;

/** Workspace and workspace-relative path of a node: workspaces are the top-level subtrees of a tree. */
final class NodePaths {
    private NodePaths() {
    }

    static String absolute(Node node) {
        try {
            return node.getPath();
        } catch (RepositoryException e) {
            throw new RepositoryFailure("reading a node's path", e);
        }
    }

    static String workspace(Node node) {
        String path = absolute(node);
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path.substring(1) : path.substring(1, slash);
    }

    static String relative(Node node) {
        String path = absolute(node);
        int slash = path.indexOf('/', 1);
        return slash < 0 ? "/" : path.substring(slash);
    }

    static boolean isType(Node node, String type) {
        try {
            return node.isNodeType(type);
        } catch (RepositoryException e) {
            return false;
        }
    }

    static String template(Node node) {
        try {
            return node.hasProperty("mgnl:template") ? node.getProperty("mgnl:template").getString() : null;
        } catch (RepositoryException e) {
            return null;
        }
    }
}
