package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.RepositoryFailure;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Reads items of the author tree as the values {@link ContentWriter} takes, so that {@code update(read(x))}
 * changes nothing: JCR string forms of the model's properties (a list for a multiple one), language variants
 * as {@code <name>_<lang>}, a map for a single submodel and a list of maps for a multiple one.
 */
public final class ContentReader {
    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final ContentLanguages languages;

    public ContentReader(ContentRepository repository, DefinitionRegistry registry, ContentLanguages languages) {
        this.repository = repository;
        this.registry = registry;
        this.languages = languages;
    }

    /** @throws ContentNotFoundException when there is no item (a folder is none) at the path */
    public ContentItem read(String workspace, String path) {
        ContentTypeDefinition type = type(workspace);
        String itemPath = WorkspacePaths.normalise(path);
        return repository.read(Tree.AUTHOR, "content.read", session -> {
            String absolute = WorkspacePaths.absolute(workspace, itemPath);
            if (itemPath.equals("/") || !session.nodeExists(absolute)
                    || session.getNode(absolute).isNodeType("mgnl:folder")) {
                throw new ContentNotFoundException("there is no item " + workspace + ":" + itemPath);
            }
            Node node = session.getNode(absolute);
            return new ContentItem(workspace, itemPath, node.getIdentifier(), title(node, type),
                    values(node, type, type.properties()));
        });
    }

    /** Whether the path is the workspace root or a folder, where new items may be created. */
    public boolean isFolder(String workspace, String path) {
        String folderPath = WorkspacePaths.normalise(path);
        if (folderPath.equals("/")) {
            return true;
        }
        return repository.read(Tree.AUTHOR, "content.isFolder", session -> {
            String absolute = WorkspacePaths.absolute(workspace, folderPath);
            return session.nodeExists(absolute) && session.getNode(absolute).isNodeType("mgnl:folder");
        });
    }

    public boolean exists(String workspace, String path) {
        return repository.read(Tree.AUTHOR, "content.exists",
                session -> session.nodeExists(WorkspacePaths.absolute(workspace, path)));
    }

    /** The items with these identifiers in the workspace, in the given order; unknown identifiers are left out. */
    public List<ItemSummary> byIdentifiers(String workspace, Collection<String> identifiers) {
        ContentTypeDefinition type = type(workspace);
        return repository.read(Tree.AUTHOR, "content.byIdentifiers", session -> {
            List<ItemSummary> items = new ArrayList<>();
            for (String identifier : identifiers) {
                find(session, identifier).filter(node -> inWorkspace(node, workspace))
                        .ifPresent(node -> items.add(summary(node, workspace, type)));
            }
            return items;
        });
    }

    /** The items at these workspace-relative paths, in the given order; missing ones are left out. */
    public List<ItemSummary> byPaths(String workspace, List<String> paths) {
        ContentTypeDefinition type = type(workspace);
        return repository.read(Tree.AUTHOR, "content.byPaths", session -> {
            List<ItemSummary> items = new ArrayList<>();
            for (String path : paths) {
                String absolute = WorkspacePaths.absolute(workspace, path);
                if (session.nodeExists(absolute)) {
                    items.add(summary(session.getNode(absolute), workspace, type));
                }
            }
            return items;
        });
    }

    private ContentTypeDefinition type(String workspace) {
        return registry.findContentTypeByWorkspace(WorkspacePaths.requireWorkspace(workspace))
                .orElseThrow(() -> new ContentNotFoundException("no content type stores its items in workspace '"
                        + workspace + "'"));
    }

    private Map<String, Object> values(Node node, ContentTypeDefinition type, List<PropertyDefinition> definitions)
            throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition definition : definitions) {
            String name = definition.name();
            if (type.kindOf(definition) == PropertyKind.SUBMODEL) {
                if (!node.hasNode(name)) {
                    continue;
                }
                List<PropertyDefinition> fields = type.subModel(definition.type()).orElseThrow().properties();
                Node child = node.getNode(name);
                if (definition.multiple()) {
                    List<Map<String, Object>> entries = new ArrayList<>();
                    for (Node entry : ChildNodes.of(child)) {
                        entries.add(values(entry, type, fields));
                    }
                    values.put(name, entries);
                } else {
                    values.put(name, values(child, type, fields));
                }
                continue;
            }
            putValue(values, node, name, definition.multiple());
            if (definition.i18n()) {
                for (String language : languages.all().subList(1, languages.all().size())) {
                    putValue(values, node, name + "_" + language, definition.multiple());
                }
            }
        }
        return values;
    }

    /** The stored value under its name: a string, or a list for multiple values (also for a single stored one). */
    static void putValue(Map<String, Object> values, Node node, String name, boolean multiple)
            throws RepositoryException {
        if (!node.hasProperty(name)) {
            return;
        }
        Property property = node.getProperty(name);
        if (!property.isMultiple()) {
            values.put(name, multiple ? List.of(property.getString()) : property.getString());
            return;
        }
        List<String> strings = new ArrayList<>();
        for (Value value : property.getValues()) {
            strings.add(value.getString());
        }
        values.put(name, strings);
    }

    private ItemSummary summary(Node node, String workspace, ContentTypeDefinition type) {
        try {
            return new ItemSummary(node.getIdentifier(), WorkspacePaths.relative(workspace, node.getPath()),
                    title(node, type));
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot read an item summary", e);
        }
    }

    /** The item's first text property in the default language (lists show it first), else the node name. */
    private static String title(Node node, ContentTypeDefinition type) throws RepositoryException {
        Optional<PropertyDefinition> first = type.properties().stream().findFirst()
                .filter(p -> type.kindOf(p) == PropertyKind.STRING && !p.multiple());
        if (first.isPresent() && node.hasProperty(first.get().name())) {
            String title = node.getProperty(first.get().name()).getString();
            if (!title.isBlank()) {
                return title;
            }
        }
        return node.getName();
    }

    private static Optional<Node> find(Session session, String identifier) {
        try {
            String bare = identifier.startsWith("jcr:") ? identifier.substring(4) : identifier;
            return Optional.of(session.getNodeByIdentifier(bare));
        } catch (RepositoryException | IllegalArgumentException notFound) {
            return Optional.empty();
        }
    }

    private static boolean inWorkspace(Node node, String workspace) {
        try {
            return node.getPath().startsWith("/" + workspace + "/");
        } catch (RepositoryException e) {
            return false;
        }
    }
}
