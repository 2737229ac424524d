package de.quartiersnetz.cms.content;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The one write path for pages of the {@code website} workspace and their areas and components. Pages are no
 * content-type items: their properties are validated against the dialog of their template
 * ({@link PageTemplates#dialog}), components against their own template's dialog, and components may only go into
 * areas the template defines, among the area's {@code availableComponents}, within {@code maxComponents} and the
 * area {@code type}. Each call writes the author tree in one save and stamps the page modified.
 *
 * <p>Refusals are {@link ContentValidationException}s whose codes name the rule: {@code NAME_TAKEN},
 * {@code INVALID_NAME}, {@code UNKNOWN_TEMPLATE}, {@code INTO_ITSELF}, {@code NO_SUCH_AREA},
 * {@code NOT_AVAILABLE}, {@code AREA_FULL}, {@code CANNOT_MOVE}, besides the field errors of the dialog.
 */
public final class PageWriter {
    private static final String WEBSITE = PageReader.WEBSITE;

    private final ContentRepository repository;
    private final PageTemplates templates;
    private final ContentValidator validator;
    private final ContentLanguages languages;
    private final Clock clock;

    public PageWriter(ContentRepository repository, PageTemplates templates, ContentValidator validator,
                      ContentLanguages languages, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.validator = validator;
        this.languages = languages;
        this.clock = clock;
    }

    /** Creates a page below a page (or at the top, {@code /}) with a page template and its title. */
    public ContentRef createPage(String parentPath, String name, String templateId, String title, String user) {
        String parent = WorkspacePaths.normalise(parentPath);
        checkName(name);
        if (!templates.isPageTemplate(templateId)) {
            throw refused(child(parent, name), "@template", "UNKNOWN_TEMPLATE",
                    "'" + templateId + "' is no page template");
        }
        repository.ensureWorkspace(WEBSITE);
        return repository.write(Tree.AUTHOR, "pages.create", session -> {
            Node parentNode = parent.equals("/") ? session.getNode("/" + WEBSITE)
                    : PageReader.node(session, parent, PageReader.PAGE);
            if (parentNode.hasNode(name)) {
                throw nameTaken(parent, name);
            }
            Node page = parentNode.addNode(name, PageReader.PAGE);
            page.setProperty(PageReader.TEMPLATE, templateId);
            if (title != null && !title.isBlank()) {
                page.setProperty("title", title.strip());
            }
            stamp(page, user, true);
            return ref(page);
        });
    }

    /** Saves the page properties edited in the page dialog. */
    public ContentRef updatePage(String path, Map<String, ?> values, String user) {
        String relative = WorkspacePaths.normalise(path);
        return repository.write(Tree.AUTHOR, "pages.update", session -> {
            Node page = PageReader.node(session, relative, PageReader.PAGE);
            apply(session, page, templates.dialog(PageReader.string(page, PageReader.TEMPLATE)), values, relative);
            stamp(page, user, false);
            return ref(page);
        });
    }

    /** Gives the page a new name in the same place among its siblings; its identifier stays. */
    public ContentRef rename(String path, String newName, String user) {
        String relative = WorkspacePaths.normalise(path);
        checkName(newName);
        return repository.write(Tree.AUTHOR, "pages.rename", session -> {
            Node page = PageReader.node(session, relative, PageReader.PAGE);
            if (page.getName().equals(newName)) {
                return ref(page);
            }
            Node parent = page.getParent();
            if (parent.hasNode(newName)) {
                throw nameTaken(WorkspacePaths.parent(relative), newName);
            }
            String next = nextSiblingName(parent, page);
            session.move(page.getPath(), parent.getPath() + "/" + newName);
            if (next != null && parent.getPrimaryNodeType().hasOrderableChildNodes()) {
                parent.orderBefore(newName, next);
            }
            Node renamed = parent.getNode(newName);
            stamp(renamed, user, false);
            return ref(renamed);
        });
    }

    /** Moves the page with its sub-pages below another page (or to the top, {@code /}), as its last child. */
    public ContentRef move(String path, String targetParent, String user) {
        String relative = WorkspacePaths.normalise(path);
        String target = WorkspacePaths.normalise(targetParent);
        if (target.equals(relative) || target.startsWith(relative + "/")) {
            throw refused(relative, "target", "INTO_ITSELF", "'" + relative + "' cannot move into itself or below itself");
        }
        return repository.write(Tree.AUTHOR, "pages.move", session -> {
            Node page = PageReader.node(session, relative, PageReader.PAGE);
            Node parent = target.equals("/") ? session.getNode("/" + WEBSITE)
                    : PageReader.node(session, target, PageReader.PAGE);
            if (page.getParent().getPath().equals(parent.getPath())) {
                return ref(page);
            }
            if (parent.hasNode(page.getName())) {
                throw nameTaken(target, page.getName());
            }
            String destination = parent.getPath() + "/" + page.getName();
            session.move(page.getPath(), destination);
            Node moved = session.getNode(destination);
            stamp(moved, user, false);
            return ref(moved);
        });
    }

    /** Removes the page with its sub-pages from the author tree; what is live stays live until unpublished. */
    public void deletePage(String path) {
        String relative = WorkspacePaths.normalise(path);
        repository.write(Tree.AUTHOR, "pages.delete", session -> {
            PageReader.node(session, relative, PageReader.PAGE).remove();
            return null;
        });
    }

    /**
     * Adds a component at the end of an area of a page or component, with the values of its dialog.
     *
     * @param areaPath the owner's path and the area name, e.g. {@code /home/main}
     */
    public ContentRef addComponent(String areaPath, String templateId, Map<String, ?> values, String user) {
        String area = WorkspacePaths.normalise(areaPath);
        String ownerPath = WorkspacePaths.parent(area);
        String areaName = WorkspacePaths.name(area);
        return repository.write(Tree.AUTHOR, "pages.addComponent", session -> {
            Node owner = owner(session, ownerPath);
            PageTemplates.AreaRule rule = templates.area(PageReader.string(owner, PageReader.TEMPLATE), areaName)
                    .orElseThrow(() -> refused(area, "area", "NO_SUCH_AREA", "'" + areaName
                            + "' is no area of the template of " + ownerPath));
            if (!rule.availableComponents().contains(templateId)) {
                throw refused(area, "template", "NOT_AVAILABLE", "'" + templateId + "' is not available in area "
                        + areaName + " (available: " + String.join(", ", rule.availableComponents()) + ")");
            }
            Node areaNode = owner.hasNode(areaName) ? owner.getNode(areaName) : owner.addNode(areaName, PageReader.AREA);
            long count = PageReader.children(areaNode).stream().filter(PageWriter::isComponent).count();
            if (count >= rule.limit()) {
                throw refused(area, "area", "AREA_FULL", "area " + areaName + " holds " + count
                        + " component(s), its limit is " + rule.limit());
            }
            String name = freeComponentName(areaNode);
            Node component = areaNode.addNode(name, PageReader.COMPONENT);
            component.setProperty(PageReader.TEMPLATE, templateId);
            apply(session, component, templates.dialog(templateId), values, area + "/" + name);
            stamp(component, user, true);
            stampPage(component, user);
            return ref(component);
        });
    }

    public ContentRef updateComponent(String path, Map<String, ?> values, String user) {
        String relative = WorkspacePaths.normalise(path);
        return repository.write(Tree.AUTHOR, "pages.updateComponent", session -> {
            Node component = PageReader.node(session, relative, PageReader.COMPONENT);
            apply(session, component, templates.dialog(PageReader.string(component, PageReader.TEMPLATE)), values,
                    relative);
            stamp(component, user, false);
            stampPage(component, user);
            return ref(component);
        });
    }

    /** Moves the component one place up or down within its area. */
    public ContentRef moveComponent(String path, boolean up, String user) {
        String relative = WorkspacePaths.normalise(path);
        return repository.write(Tree.AUTHOR, "pages.moveComponent", session -> {
            Node component = PageReader.node(session, relative, PageReader.COMPONENT);
            Node area = component.getParent();
            List<Node> siblings = PageReader.children(area).stream().filter(PageWriter::isComponent).toList();
            int index = indexOf(siblings, component);
            int other = up ? index - 1 : index + 1;
            if (other < 0 || other >= siblings.size()) {
                throw refused(relative, "@path", "CANNOT_MOVE", "'" + relative + "' is already the "
                        + (up ? "first" : "last") + " component of its area");
            }
            if (up) {
                area.orderBefore(component.getName(), siblings.get(other).getName());
            } else {
                area.orderBefore(siblings.get(other).getName(), component.getName());
            }
            stampPage(component, user);
            return ref(component);
        });
    }

    public void deleteComponent(String path, String user) {
        String relative = WorkspacePaths.normalise(path);
        repository.write(Tree.AUTHOR, "pages.deleteComponent", session -> {
            Node component = PageReader.node(session, relative, PageReader.COMPONENT);
            Node area = component.getParent();
            component.remove();
            stampPage(area, user);
            return null;
        });
    }

    /** Validates the dialog values and writes them: dialog fields not given are removed, other properties stay. */
    private void apply(Session session, Node node, DialogModel dialog, Map<String, ?> values, String where)
            throws RepositoryException {
        ValidatedContent content = validator.validate(dialog.type(), dialog.formFields(), values,
                (workspace, id) -> exists(session, workspace, id));
        if (!content.valid()) {
            throw new ContentValidationException(WEBSITE + ":" + where, content.errors());
        }
        Set<String> fieldNames = new HashSet<>();
        for (PropertyDefinition definition : dialog.type().properties()) {
            fieldNames.add(definition.name());
            if (definition.i18n()) {
                for (String language : languages.all().subList(1, languages.all().size())) {
                    fieldNames.add(definition.name() + "_" + language);
                }
            }
        }
        Set<String> kept = new HashSet<>();
        content.properties().forEach(p -> kept.add(p.name()));
        for (String name : fieldNames) {
            if (!kept.contains(name) && node.hasProperty(name)) {
                node.getProperty(name).remove();
            }
        }
        ValueFactory factory = session.getValueFactory();
        for (NodeSnapshot.Property property : content.properties()) {
            if (node.hasProperty(property.name())
                    && node.getProperty(property.name()).isMultiple() != property.multiple()) {
                node.getProperty(property.name()).remove();
            }
            if (property.multiple()) {
                Value[] array = new Value[property.values().size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = factory.createValue(property.values().get(i), property.type());
                }
                node.setProperty(property.name(), array, property.type());
            } else {
                node.setProperty(property.name(), factory.createValue(property.value(), property.type()));
            }
        }
    }

    private static boolean exists(Session session, String workspace, String identifier) {
        try {
            return session.getNodeByIdentifier(identifier).getPath().startsWith("/" + workspace + "/");
        } catch (RepositoryException | IllegalArgumentException notFound) {
            return false;
        }
    }

    private static Node owner(Session session, String ownerPath) throws RepositoryException {
        String absolute = WorkspacePaths.absolute(WEBSITE, ownerPath);
        if (!ownerPath.equals("/") && session.nodeExists(absolute)) {
            Node node = session.getNode(absolute);
            if (node.isNodeType(PageReader.PAGE) || node.isNodeType(PageReader.COMPONENT)) {
                return node;
            }
        }
        throw new de.quartiersnetz.cms.repository.ContentNotFoundException("there is no page or component "
                + WEBSITE + ":" + ownerPath);
    }

    /** Components are named 0, 1, 2, ... as created; a name freed by a deletion is not reused while higher ones exist. */
    private static String freeComponentName(Node area) throws RepositoryException {
        int next = 0;
        for (Node child : PageReader.children(area)) {
            try {
                next = Math.max(next, Integer.parseInt(child.getName()) + 1);
            } catch (NumberFormatException notNumbered) {
                // Magnolia's own names ("00", "04") parse too; others do not count
            }
        }
        while (area.hasNode(String.valueOf(next))) {
            next++;
        }
        return String.valueOf(next);
    }

    private static int indexOf(List<Node> nodes, Node wanted) throws RepositoryException {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getName().equals(wanted.getName())) {
                return i;
            }
        }
        return -1;
    }

    private static String nextSiblingName(Node parent, Node node) throws RepositoryException {
        List<Node> children = PageReader.children(parent);
        for (int i = 0; i < children.size() - 1; i++) {
            if (children.get(i).getName().equals(node.getName())) {
                return children.get(i + 1).getName();
            }
        }
        return null;
    }

    /** A change to a component is a change to its page: the page shows as modified until published again. */
    private void stampPage(Node below, String user) throws RepositoryException {
        Node current = below;
        while (current.getDepth() > 1) {
            if (current.isNodeType(PageReader.PAGE)) {
                stamp(current, user, false);
                return;
            }
            current = current.getParent();
        }
    }

    private void stamp(Node node, String user, boolean created) throws RepositoryException {
        java.util.Calendar now = GregorianCalendar.from(ZonedDateTime.now(clock));
        if (created) {
            node.setProperty("mgnl:created", now);
            node.setProperty("mgnl:createdBy", user);
        }
        node.setProperty("mgnl:lastModified", now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    private static boolean isComponent(Node node) {
        try {
            return node.isNodeType(PageReader.COMPONENT);
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static void checkName(String name) {
        try {
            if (name == null || name.isBlank() || name.contains("/") || !WorkspacePaths.normalise(name).equals("/" + name)) {
                throw new IllegalArgumentException("invalid");
            }
        } catch (IllegalArgumentException e) {
            throw refused(String.valueOf(name), "@name", "INVALID_NAME", "'" + name
                    + "' is not a valid page name (no '/', ':', '[', ']', '|', '*')");
        }
    }

    private static ContentValidationException nameTaken(String parent, String name) {
        return refused(child(parent, name), "@name", "NAME_TAKEN", "'" + name + "' is already used in " + parent);
    }

    private static ContentValidationException refused(String where, String field, String code, String message) {
        return new ContentValidationException(WEBSITE + ":" + where, List.of(new FieldError(field, code, message)));
    }

    private static ContentRef ref(Node node) throws RepositoryException {
        return new ContentRef(WEBSITE, WorkspacePaths.relative(WEBSITE, node.getPath()), node.getIdentifier());
    }

    private static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }
}
