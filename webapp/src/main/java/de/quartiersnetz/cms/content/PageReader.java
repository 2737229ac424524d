package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Reads the pages of the {@code website} workspace in the author tree: the page tree, a page's or component's
 * dialog values (in the shape {@link PageWriter} takes) and the areas and components of a page.
 */
public final class PageReader {
    static final String WEBSITE = DialogModel.WEBSITE;
    static final String PAGE = "mgnl:page";
    static final String AREA = "mgnl:area";
    static final String COMPONENT = "mgnl:component";
    static final String TEMPLATE = "mgnl:template";

    private final ContentRepository repository;
    private final PageTemplates templates;
    private final ContentLanguages languages;

    public PageReader(ContentRepository repository, PageTemplates templates, ContentLanguages languages) {
        this.repository = repository;
        this.templates = templates;
        this.languages = languages;
    }

    /**
     * One page of the tree.
     *
     * @param depth        0 for top-level pages
     * @param status       {@code new}, {@code modified} or {@code published}
     * @param lastModified the date of the last change, or {@code null}
     */
    public record PageRow(String path, String name, String identifier, String title, String template, int depth,
                          String status, Calendar lastModified, String lastModifiedBy, boolean hasChildren) {
    }

    /** A page or component with its dialog values. */
    public record Editable(String path, String identifier, String template, String title, Map<String, Object> values) {
    }

    /** An area of a page or component: its rule and its components in order. */
    public record AreaView(String name, String path, PageTemplates.AreaRule rule, List<ComponentView> components) {
        public boolean full() {
            return components.size() >= rule.limit();
        }
    }

    /** A component, the first text of its dialog values and its own areas. */
    public record ComponentView(String path, String name, String template, String summary, List<AreaView> areas,
                                int index, int count) {
        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == count - 1;
        }
    }

    /** Every page, depth first in the order of the tree. */
    public List<PageRow> tree() {
        return repository.read(Tree.AUTHOR, "pages.tree", session -> {
            List<PageRow> rows = new ArrayList<>();
            String root = "/" + WEBSITE;
            if (session.nodeExists(root)) {
                collect(session.getNode(root), 0, rows);
            }
            return rows;
        });
    }

    private void collect(Node parent, int depth, List<PageRow> rows) throws RepositoryException {
        for (Node child : children(parent)) {
            if (!child.isNodeType(PAGE)) {
                continue;
            }
            boolean hasChildren = children(child).stream().anyMatch(PageReader::isPage);
            rows.add(new PageRow(WorkspacePaths.relative(WEBSITE, child.getPath()), child.getName(),
                    child.getIdentifier(), title(child), string(child, TEMPLATE), depth,
                    ActivationStatus.of(child).key(), date(child, "mgnl:lastModified"),
                    string(child, "mgnl:lastModifiedBy"), hasChildren));
            collect(child, depth + 1, rows);
        }
    }

    /** {@code new}, {@code modified} or {@code published}. @throws ContentNotFoundException when there is no page */
    public String status(String path) {
        String relative = WorkspacePaths.normalise(path);
        return repository.read(Tree.AUTHOR, "pages.status",
                session -> ActivationStatus.of(node(session, relative, PAGE)).key());
    }

    public boolean isPage(String path) {
        return repository.read(Tree.AUTHOR, "pages.isPage", session -> {
            String absolute = WorkspacePaths.absolute(WEBSITE, path);
            return session.nodeExists(absolute) && session.getNode(absolute).isNodeType(PAGE);
        });
    }

    /** @throws ContentNotFoundException when there is no page at the path */
    public Editable page(String path) {
        return editable(path, PAGE);
    }

    /** @throws ContentNotFoundException when there is no component at the path */
    public Editable component(String path) {
        return editable(path, COMPONENT);
    }

    private Editable editable(String path, String nodeType) {
        String relative = WorkspacePaths.normalise(path);
        return repository.read(Tree.AUTHOR, "pages.read", session -> {
            Node node = node(session, relative, nodeType);
            String template = string(node, TEMPLATE);
            DialogModel dialog = templates.dialog(template);
            return new Editable(relative, node.getIdentifier(), template, title(node), values(node, dialog.type()));
        });
    }

    /** The page's areas as its template defines them, each with the components stored in it. */
    public List<AreaView> areas(String pagePath) {
        String relative = WorkspacePaths.normalise(pagePath);
        return repository.read(Tree.AUTHOR, "pages.areas", session -> areas(node(session, relative, PAGE)));
    }

    private List<AreaView> areas(Node owner) throws RepositoryException {
        List<AreaView> areas = new ArrayList<>();
        for (PageTemplates.AreaRule rule : templates.areas(string(owner, TEMPLATE))) {
            String areaPath = WorkspacePaths.relative(WEBSITE, owner.getPath()) + "/" + rule.name();
            List<ComponentView> components = new ArrayList<>();
            if (owner.hasNode(rule.name())) {
                List<Node> nodes = children(owner.getNode(rule.name())).stream()
                        .filter(n -> isType(n, COMPONENT)).toList();
                for (int i = 0; i < nodes.size(); i++) {
                    Node component = nodes.get(i);
                    String template = string(component, TEMPLATE);
                    components.add(new ComponentView(WorkspacePaths.relative(WEBSITE, component.getPath()),
                            component.getName(), template, summary(component, templates.dialog(template).type()),
                            areas(component), i, nodes.size()));
                }
            }
            areas.add(new AreaView(rule.name(), areaPath, rule, components));
        }
        return areas;
    }

    /** Pages whose title or name contains the text (any case), at most {@code limit}, in tree order. */
    public List<ItemSummary> search(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<ItemSummary> found = new ArrayList<>();
        for (PageRow row : tree()) {
            if (found.size() >= limit) {
                break;
            }
            if (row.title().toLowerCase(Locale.ROOT).contains(wanted) || row.name().toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(new ItemSummary(row.identifier(), row.path(), row.title()));
            }
        }
        return found;
    }

    /** The title of the page with the identifier, empty when there is none. */
    public Optional<String> titleOf(String identifier) {
        String bare = identifier.startsWith("jcr:") ? identifier.substring(4) : identifier;
        return repository.read(Tree.AUTHOR, "pages.title", session -> {
            try {
                Node node = session.getNodeByIdentifier(bare);
                return node.getPath().startsWith("/" + WEBSITE + "/") ? Optional.of(title(node)) : Optional.<String>empty();
            } catch (RepositoryException | IllegalArgumentException notFound) {
                return Optional.<String>empty();
            }
        });
    }

    /**
     * Children in the editors' order. Pages, areas and components keep the order they are stored in (the subtypes of
     * Magnolia's orderable types do not declare themselves orderable, so {@code ChildNodes} would sort them by
     * name); the workspace root keeps none and is sorted by name.
     */
    static List<Node> children(Node parent) throws RepositoryException {
        List<Node> children = new ArrayList<>();
        for (javax.jcr.NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            children.add(it.nextNode());
        }
        if (parent.getDepth() <= 1) {
            children.sort(java.util.Comparator.comparing(PageReader::nameOf));
        }
        return children;
    }

    private static String nameOf(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            throw new de.quartiersnetz.cms.repository.RepositoryFailure("cannot read a node name", e);
        }
    }

    static Node node(Session session, String relative, String nodeType) throws RepositoryException {
        String absolute = WorkspacePaths.absolute(WEBSITE, relative);
        if (relative.equals("/") || !session.nodeExists(absolute) || !session.getNode(absolute).isNodeType(nodeType)) {
            throw new ContentNotFoundException("there is no " + (nodeType.equals(PAGE) ? "page" : "component")
                    + " " + WEBSITE + ":" + relative);
        }
        return session.getNode(absolute);
    }

    private Map<String, Object> values(Node node, ContentTypeDefinition type) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition definition : type.properties()) {
            ContentReader.putValue(values, node, definition.name(), definition.multiple());
            if (definition.i18n()) {
                for (String language : languages.all().subList(1, languages.all().size())) {
                    ContentReader.putValue(values, node, definition.name() + "_" + language, definition.multiple());
                }
            }
        }
        return values;
    }

    /** The first text the component's dialog edits, without markup, shortened: what the structure list shows. */
    private static String summary(Node component, ContentTypeDefinition type) throws RepositoryException {
        for (PropertyDefinition definition : type.properties()) {
            PropertyKind kind = type.kindOf(definition);
            if ((kind == PropertyKind.STRING || kind == PropertyKind.RICH_TEXT) && !definition.hasOptions()
                    && component.hasProperty(definition.name()) && !component.getProperty(definition.name()).isMultiple()) {
                String text = component.getProperty(definition.name()).getString().replaceAll("<[^>]*>", " ")
                        .replaceAll("&nbsp;", " ").replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return text.length() > 90 ? text.substring(0, 89) + "…" : text;
                }
            }
        }
        return "";
    }

    static String title(Node node) throws RepositoryException {
        String title = string(node, "title");
        return title == null || title.isBlank() ? node.getName() : title;
    }

    static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }

    private static Calendar date(Node node, String property) throws RepositoryException {
        try {
            return node.hasProperty(property) ? node.getProperty(property).getDate() : null;
        } catch (javax.jcr.ValueFormatException notADate) {
            return null;
        }
    }

    private static boolean isPage(Node node) {
        return isType(node, PAGE);
    }

    private static boolean isType(Node node, String type) {
        try {
            return node.isNodeType(type);
        } catch (RepositoryException e) {
            return false;
        }
    }
}
