package de.quartiersnetz.cms.rendering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.jcr.Node;
import javax.jcr.Session;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Everything one page rendering needs: the open session of the tree it reads (author for the preview, live for
 * the public site), the locale, whether the page editor's markers are written, how links are made and the
 * request parameters. Lives for one rendering on one thread.
 */
public final class RenderContext {
    private final Session session;
    private final Tree tree;
    private final Locale locale;
    private final String defaultLanguage;
    private final boolean editMarkers;
    private final Map<String, String[]> parameters;
    private final Function<RenderContext, Links> links;
    private final String contextPath;
    private final Deque<Node> contentStack = new ArrayDeque<>();
    private Node mainContent;
    private Links linkMaker;

    RenderContext(Session session, Tree tree, Locale locale, String defaultLanguage, boolean editMarkers,
            Map<String, String[]> parameters, String contextPath, Function<RenderContext, Links> links) {
        this.session = session;
        this.tree = tree;
        this.locale = locale;
        this.defaultLanguage = defaultLanguage;
        this.editMarkers = editMarkers;
        this.parameters = parameters == null ? Map.of() : parameters;
        this.contextPath = contextPath == null ? "" : contextPath;
        this.links = links;
    }

    public Session session() {
        return session;
    }

    public Tree tree() {
        return tree;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public boolean editMarkers() {
        return editMarkers;
    }

    public boolean isPublic() {
        return tree == Tree.LIVE;
    }

    public Map<String, String[]> parameters() {
        return parameters;
    }

    public String parameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    public String contextPath() {
        return contextPath;
    }

    public Links links() {
        if (linkMaker == null) {
            linkMaker = links.apply(this);
        }
        return linkMaker;
    }

    Node mainContent() {
        return mainContent;
    }

    void mainContent(Node node) {
        this.mainContent = node;
    }

    Deque<Node> contentStack() {
        return contentStack;
    }

    /** Makes URLs for nodes: pages of the site and detail pages of content items. */
    public interface Links {
        /** The URL of a node (page or content item), or {@code null} when it has none on this site. */
        String link(Node node);
    }
}
