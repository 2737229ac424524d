package de.quartiersnetz.cms.rendering;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * {@code cmsfn}: the subset of Magnolia's templating functions that templates use, over the tree being rendered.
 * Arguments may be {@link ContentMap}s or JCR nodes; results are {@link ContentMap}s.
 */
public final class TemplatingFunctions {
    private final RenderContext context;

    TemplatingFunctions(RenderContext context) {
        this.context = context;
    }

    public List<ContentMap> children(Object content) {
        return children(content, null);
    }

    /** Child nodes, optionally only those of the node type (e.g. {@code mgnl:page}), in their order. */
    public List<ContentMap> children(Object content, String nodeType) {
        Node node = node(content);
        List<ContentMap> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        try {
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                Node child = it.nextNode();
                if (child.getName().startsWith("jcr:") || child.getName().startsWith("rep:")) {
                    continue;
                }
                if (nodeType == null || child.isNodeType(nodeType)) {
                    out.add(map(child));
                }
            }
        } catch (RepositoryException e) {
            return out;
        }
        return out;
    }

    public ContentMap parent(Object content) {
        return parent(content, null);
    }

    /** The nearest ancestor (of the node type, when given) inside the workspace, or {@code null}. */
    public ContentMap parent(Object content, String nodeType) {
        Node node = node(content);
        try {
            while (node != null && node.getDepth() > 1) {
                node = node.getParent();
                if (node.getDepth() <= 1) {
                    return null;
                }
                if (nodeType == null || node.isNodeType(nodeType)) {
                    return map(node);
                }
            }
        } catch (RepositoryException e) {
            return null;
        }
        return null;
    }

    /** The page the content belongs to: itself when a page, else its nearest page ancestor. */
    public ContentMap page(Object content) {
        Node node = node(content);
        if (node != null && NodePaths.isType(node, "mgnl:page")) {
            return map(node);
        }
        return parent(content, "mgnl:page");
    }

    /** Ancestors of the node type from the top down (not the node itself). */
    public List<ContentMap> ancestors(Object content, String nodeType) {
        List<ContentMap> out = new ArrayList<>();
        ContentMap parent = parent(content, nodeType);
        while (parent != null) {
            out.add(0, parent);
            parent = parent(parent, nodeType);
        }
        return out;
    }

    public List<ContentMap> ancestors(Object content) {
        return ancestors(content, null);
    }

    /** The top-most ancestor-or-self of the node type. */
    public ContentMap root(Object content, String nodeType) {
        List<ContentMap> ancestors = ancestors(content, nodeType);
        if (!ancestors.isEmpty()) {
            return ancestors.get(0);
        }
        Node node = node(content);
        return node != null && NodePaths.isType(node, nodeType) ? map(node) : null;
    }

    public ContentMap contentByPath(String path) {
        return contentByPath(path, "website");
    }

    public ContentMap contentByPath(String path, String workspace) {
        try {
            String absolute = WorkspacePaths.absolute(workspace, path);
            return context.session().nodeExists(absolute) ? map(context.session().getNode(absolute)) : null;
        } catch (RepositoryException | IllegalArgumentException e) {
            return null;
        }
    }

    public ContentMap contentById(String id) {
        return contentById(id, "website");
    }

    /** The node with the identifier, if it lies in the workspace. */
    public ContentMap contentById(String id, String workspace) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            Node node = context.session().getNodeByIdentifier(id.strip());
            return NodePaths.workspace(node).equals(workspace) ? map(node) : null;
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return null;
        } catch (RepositoryException e) {
            return null;
        }
    }

    /** The URL of a page or content item (site-relative, with the context path), or {@code null}. */
    public String link(Object content) {
        Node node = node(content);
        return node == null ? null : context.links().link(node);
    }

    /** A link to the node with this identifier (or, starting with '/', this path) in the workspace, or {@code null}. */
    public String link(String workspace, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        ContentMap target = id.startsWith("/") ? contentByPath(id, workspace) : contentById(id, workspace);
        return target == null ? null : link(target);
    }

    /** The same content, with string properties handed out as markup (rich text is not escaped again). */
    public ContentMap decode(Object content) {
        Node node = node(content);
        return node == null ? null : map(node).decoded();
    }

    public ContentMap asContentMap(Object content) {
        Node node = node(content);
        return node == null ? null : map(node);
    }

    public Node asJCRNode(Object content) {
        return node(content);
    }

    public String language() {
        return context.language();
    }

    public boolean isEditMode() {
        return context.editMarkers();
    }

    public boolean isPreviewMode() {
        return !context.isPublic();
    }

    public boolean isPublicInstance() {
        return context.isPublic();
    }

    public boolean isAuthorInstance() {
        return !context.isPublic();
    }

    /** A Magnolia metadata property, e.g. {@code mgnl:lastModified}, {@code mgnl:created}, {@code mgnl:template}. */
    public Object metaData(Object content, String property) {
        Node node = node(content);
        if (node == null) {
            return null;
        }
        String name = property.contains(":") ? property : "mgnl:" + property;
        try {
            if (!node.hasProperty(name)) {
                return null;
            }
            var value = node.getProperty(name).getValue();
            if (value.getType() == javax.jcr.PropertyType.DATE) {
                Calendar date = value.getDate();
                return new Date(date.getTimeInMillis());
            }
            return value.getString();
        } catch (RepositoryException e) {
            return null;
        }
    }

    /** The template id of a page or component node. */
    public String templateId(Object content) {
        Node node = node(content);
        return node == null ? null : NodePaths.template(node);
    }

    ContentMap map(Node node) {
        return new ContentMap(node, context);
    }

    static Node node(Object content) {
        if (content instanceof ContentMap map) {
            return map.node();
        }
        if (content instanceof Node node) {
            return node;
        }
        return null;
    }
}
