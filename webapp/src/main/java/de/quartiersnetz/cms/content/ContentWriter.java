package de.quartiersnetz.cms.content;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.NodeSnapshots;
import de.quartiersnetz.cms.repository.RepositoryFailure;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The one write path for content: every create, update and import is validated against the content
 * type's model and then written to the author tree in a single save, so a failure writes nothing.
 */
public final class ContentWriter {
    private static final String FOLDER = "mgnl:folder";

    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final ContentValidator validator;
    private final Clock clock;

    public ContentWriter(ContentRepository repository, DefinitionRegistry registry, ContentValidator validator,
                         Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.validator = validator;
        this.clock = clock;
    }

    public ContentRef create(String workspace, String parentPath, String name, Map<String, ?> values, String user) {
        ContentTypeDefinition type = requireType(workspace);
        String parent = WorkspacePaths.normalise(parentPath);
        checkName(name);
        ValidatedContent content = validator.validate(type, values, this::existsInAuthor);
        if (!content.valid()) {
            throw new ContentValidationException(workspace + ":" + child(parent, name), content.errors());
        }
        repository.ensureItemType(type.nodeType(), type.namespaces());
        return repository.write(Tree.AUTHOR, "content.create", session -> {
            Node parentNode = folderOrRoot(session, workspace, parent);
            if (parentNode.hasNode(name)) {
                throw new ContentValidationException(workspace + ":" + child(parent, name), List.of(
                        new FieldError("@name", "NAME_TAKEN", "'@name' " + name + " is already used in " + parent)));
            }
            Node item = parentNode.addNode(name, type.nodeType());
            apply(session, type, item, content);
            stamp(item, user, true);
            return ref(workspace, item);
        });
    }

    public ContentRef update(String workspace, String path, Map<String, ?> values, String user) {
        ContentTypeDefinition type = requireType(workspace);
        String itemPath = WorkspacePaths.normalise(path);
        ValidatedContent content = validator.validate(type, values, this::existsInAuthor);
        if (!content.valid()) {
            throw new ContentValidationException(workspace + ":" + itemPath, content.errors());
        }
        return repository.write(Tree.AUTHOR, "content.update", session -> {
            Node item = session.getNode(WorkspacePaths.absolute(workspace, itemPath));
            if (item.isNodeType(FOLDER)) {
                throw new ContentNotFoundException(workspace + ":" + itemPath + " is a folder, not an item");
            }
            apply(session, type, item, content);
            stamp(item, user, false);
            return ref(workspace, item);
        });
    }

    /**
     * Copies an item with its submodel entries (not its child items) into the same folder as a new draft named
     * {@code copyName}: new identifiers, created by {@code user}, never published. The values pass the same
     * validation as a form, so an item that no longer fits its model is not copied.
     */
    public ContentRef duplicate(String workspace, String path, String copyName, String user) {
        ContentTypeDefinition type = requireType(workspace);
        String itemPath = WorkspacePaths.normalise(path);
        NodeSnapshot original = repository.read(Tree.AUTHOR, "content.duplicate.read", session -> {
            Node item = session.getNode(WorkspacePaths.absolute(workspace, itemPath));
            if (item.isNodeType(FOLDER)) {
                throw new ContentNotFoundException(workspace + ":" + itemPath + " is a folder, not an item");
            }
            return NodeSnapshots.read(item, child -> !isItemOrFolder(child));
        });
        return create(workspace, WorkspacePaths.parent(itemPath), copyName, SnapshotValues.of(original, type), user);
    }

    /**
     * Moves items and folders, with everything below them, into a folder (or the root) of the same workspace,
     * keeping names and identifiers. The moved items are stamped modified by {@code user}: their live copies
     * stay where they were until published again. An item already in the folder stays as it is. All or nothing.
     *
     * @throws ContentValidationException {@code NAME_TAKEN} when the folder holds the name already,
     *                                    {@code INTO_ITSELF} when a folder would move below itself
     */
    public List<ContentRef> move(String workspace, List<String> paths, String targetFolder, String user) {
        requireType(workspace);
        String target = WorkspacePaths.normalise(targetFolder);
        return repository.write(Tree.AUTHOR, "content.move", session -> {
            Node folder = folderOrRoot(session, workspace, target);
            List<ContentRef> moved = new ArrayList<>();
            for (String path : paths) {
                String itemPath = WorkspacePaths.normalise(path);
                String name = WorkspacePaths.name(itemPath);
                if (itemPath.equals("/") || target.equals(itemPath) || target.startsWith(itemPath + "/")) {
                    throw new ContentValidationException(workspace + ":" + itemPath, List.of(new FieldError("@path",
                            "INTO_ITSELF", "'" + itemPath + "' cannot be moved into itself or below itself")));
                }
                Node node = session.getNode(WorkspacePaths.absolute(workspace, itemPath));
                if (WorkspacePaths.parent(itemPath).equals(target)) {
                    moved.add(ref(workspace, node));
                    continue;
                }
                if (folder.hasNode(name)) {
                    throw new ContentValidationException(workspace + ":" + itemPath, List.of(new FieldError("@name",
                            "NAME_TAKEN", "'@name' " + name + " is already used in " + target)));
                }
                String destination = WorkspacePaths.absolute(workspace, child(target, name));
                session.move(node.getPath(), destination);
                Node placed = session.getNode(destination);
                stamp(placed, user, false);
                for (Node item : itemsBelow(placed)) {
                    stamp(item, user, false);
                }
                moved.add(ref(workspace, placed));
            }
            return moved;
        });
    }

    private static List<Node> itemsBelow(Node parent) throws RepositoryException {
        List<Node> items = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isItemOrFolder(child)) {
                items.add(child);
                items.addAll(itemsBelow(child));
            }
        }
        return items;
    }

    /** Items and folders are children of their own; other sub-nodes (submodel entries) belong to their item. */
    private static boolean isItemOrFolder(Node node) {
        try {
            return node.isNodeType("mgnl:content") || node.isNodeType(FOLDER);
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot read the node type of a child node", e);
        }
    }

    public ContentRef createFolder(String workspace, String parentPath, String name, String user) {
        requireType(workspace);
        checkName(name);
        String parent = WorkspacePaths.normalise(parentPath);
        return repository.write(Tree.AUTHOR, "content.createFolder", session -> {
            Node parentNode = folderOrRoot(session, workspace, parent);
            if (parentNode.hasNode(name)) {
                throw new ContentValidationException(workspace + ":" + child(parent, name), List.of(
                        new FieldError("@name", "NAME_TAKEN", "'@name' " + name + " is already used in " + parent)));
            }
            Node folder = parentNode.addNode(name, FOLDER);
            stamp(folder, user, true);
            return ref(workspace, folder);
        });
    }

    /**
     * Removes the item (or folder) with everything below it from the author tree. Versions of the items stay
     * (they are kept by identifier outside the workspace, see docs/versions.md), so a deleted item can be
     * restored; what is live stays live until unpublished.
     */
    public void delete(String workspace, String path) {
        String itemPath = WorkspacePaths.normalise(path);
        if (itemPath.equals("/")) {
            throw new IllegalArgumentException("the workspace root cannot be deleted");
        }
        repository.write(Tree.AUTHOR, "content.delete", session -> {
            session.getNode(WorkspacePaths.absolute(workspace, itemPath)).remove();
            return null;
        });
    }

    /**
     * Gives an item the field values of an earlier snapshot of itself (a published version) as a new draft:
     * submodels are replaced, child items stay, the item is stamped modified by {@code user} and not published.
     * The item is found by the snapshot's identifier wherever it is now; an item deleted since is created again
     * at {@code path} with the snapshot's identifiers. The snapshot is validated as an imported item is, so one
     * that no longer fits the model (a field became required) fails with its field errors and changes nothing.
     *
     * @param path where the item was when the snapshot was taken
     */
    public ContentRef restore(String workspace, String path, NodeSnapshot snapshot, String user) {
        ContentTypeDefinition type = requireType(workspace);
        String itemPath = WorkspacePaths.normalise(path);
        ValidatedContent content = validator.validate(type, SnapshotValues.of(snapshot, type), this::existsInAuthor);
        if (!content.valid()) {
            throw new ContentValidationException(workspace + ":" + itemPath, content.errors());
        }
        repository.ensureItemType(type.nodeType(), type.namespaces());
        ContentRef restored = repository.write(Tree.AUTHOR, "content.restore", session -> {
            Node item = itemWithIdentifier(session, workspace, snapshot.identifier());
            if (item == null) {
                return null;
            }
            apply(session, type, item, content);
            stamp(item, user, false);
            return ref(workspace, item);
        });
        if (restored != null) {
            return restored;
        }
        return recreate(workspace, itemPath,
                ValidatedSnapshots.merge(snapshot, content.properties(), content.subModelNodes()), user);
    }

    private ContentRef recreate(String workspace, String path, NodeSnapshot item, String user) {
        String parent = WorkspacePaths.parent(path);
        String parentPath = WorkspacePaths.absolute(workspace, parent);
        repository.read(Tree.AUTHOR, "content.restore.check", session -> {
            if (!session.nodeExists(parentPath)
                    || (!parent.equals("/") && !session.getNode(parentPath).isNodeType(FOLDER))) {
                throw new ContentNotFoundException("cannot restore " + workspace + ":" + path + ": its folder "
                        + parent + " no longer exists; create it first");
            }
            if (session.nodeExists(WorkspacePaths.absolute(workspace, path))) {
                throw new ContentValidationException(workspace + ":" + path, List.of(new FieldError("@name",
                        "NAME_TAKEN", "'@name' " + item.name() + " is already used in " + parent)));
            }
            return null;
        });
        List<NodeSnapshot> written = repository.writeSnapshots(Tree.AUTHOR, "content.restore",
                List.of(new ContentRepository.Placement(parentPath, withModificationStamps(item, user))), nodes -> { });
        return new ContentRef(workspace, path, written.get(0).identifier());
    }

    private NodeSnapshot withModificationStamps(NodeSnapshot node, String user) {
        List<NodeSnapshot.Property> properties = new ArrayList<>(node.properties());
        properties.removeIf(p -> p.name().equals("mgnl:lastModified") || p.name().equals("mgnl:lastModifiedBy"));
        properties.add(new NodeSnapshot.Property("mgnl:lastModified", PropertyType.DATE, false,
                List.of(ValueConverter.JCR_DATE.format(ZonedDateTime.now(clock)))));
        properties.add(new NodeSnapshot.Property("mgnl:lastModifiedBy", PropertyType.STRING, false, List.of(user)));
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        return node.withProperties(properties);
    }

    private static Node itemWithIdentifier(Session session, String workspace, String identifier)
            throws RepositoryException {
        if (identifier == null) {
            return null;
        }
        try {
            Node node = session.getNodeByIdentifier(identifier);
            if (!node.getPath().startsWith("/" + workspace + "/")) {
                throw new IllegalArgumentException("identifier " + identifier + " belongs to " + node.getPath()
                        + ", not to an item of workspace '" + workspace + "'");
            }
            return node;
        } catch (javax.jcr.ItemNotFoundException gone) {
            return null;
        }
    }

    /**
     * Validates every item of every file first, then writes all files in one save.
     *
     * @return the written top-level nodes, in file order
     */
    public List<ContentRef> importFiles(List<ImportFile> files, String user, ImportProgress progress) {
        Map<String, Set<String>> batchIdentifiers = identifiersByWorkspace(files);
        List<ImportFile> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        repository.read(Tree.AUTHOR, "content.import.validate", session -> {
            ReferenceLookup lookup = (workspace, id) ->
                    batchIdentifiers.getOrDefault(workspace, Set.of()).contains(id) || exists(session, workspace, id);
            for (ImportFile file : files) {
                List<NodeSnapshot> roots = new ArrayList<>();
                for (NodeSnapshot root : file.roots()) {
                    roots.add(checkNode(file, root, child(file.parentPath(), root.name()), lookup, problems));
                }
                checked.add(new ImportFile(file.file(), file.workspace(), file.parentPath(), roots));
            }
            return null;
        });
        if (!problems.isEmpty()) {
            throw new ImportFailure(problems);
        }
        for (ImportFile file : checked) {
            repository.ensureWorkspace(file.workspace());
            registry.findContentTypeByWorkspace(file.workspace())
                    .ifPresent(type -> repository.ensureItemType(type.nodeType(), type.namespaces()));
        }
        long total = checked.stream().mapToLong(ImportFile::nodeCount).sum();
        progress.start("Import", total);
        List<ContentRepository.Placement> placements = new ArrayList<>();
        List<String> workspaces = new ArrayList<>();
        for (ImportFile file : checked) {
            String parent = WorkspacePaths.absolute(file.workspace(), file.parentPath());
            Boolean parentExists = repository.read(Tree.AUTHOR, "content.import.parent", s -> s.nodeExists(parent));
            boolean parentInBatch = placements.stream().map(p -> p.parentPath() + "/" + p.snapshot().name())
                    .anyMatch(written -> parent.equals(written) || parent.startsWith(written + "/"));
            if (!parentExists && !parentInBatch) {
                throw new ImportFailure(file.file(), 0, file.parentPath(), "the parent node "
                        + file.workspace() + ":" + file.parentPath() + " does not exist; import it first");
            }
            for (NodeSnapshot root : file.roots()) {
                placements.add(new ContentRepository.Placement(parent, withCreationStamps(root, user)));
                workspaces.add(file.workspace());
            }
        }
        List<NodeSnapshot> written = repository.writeSnapshots(Tree.AUTHOR, "content.import", placements,
                progress::advance);
        List<ContentRef> refs = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String workspace = workspaces.get(i);
            String path = WorkspacePaths.relative(workspace, placements.get(i).parentPath()
                    + (placements.get(i).parentPath().endsWith("/") ? "" : "/") + written.get(i).name());
            refs.add(new ContentRef(workspace, path, written.get(i).identifier()));
        }
        return refs;
    }

    private NodeSnapshot checkNode(ImportFile file, NodeSnapshot node, String path, ReferenceLookup lookup,
                                   List<String> problems) {
        var type = registry.findContentTypeByWorkspace(file.workspace());
        if (type.isEmpty()) {
            return node;
        }
        if (node.primaryType().equals(FOLDER)) {
            List<NodeSnapshot> children = new ArrayList<>();
            for (NodeSnapshot child : node.children()) {
                children.add(checkNode(file, child, child(path, child.name()), lookup, problems));
            }
            return node.withChildren(children);
        }
        if (!node.primaryType().equals(type.get().nodeType()) && !node.primaryType().equals("mgnl:content")) {
            problems.add(where(file, node, path) + "node type " + node.primaryType() + " is not "
                    + type.get().nodeType() + " (content type " + type.get().name() + ")");
            return node;
        }
        ValidatedContent content = validator.validate(type.get(), SnapshotValues.of(node, type.get()), lookup);
        for (FieldError error : content.errors()) {
            problems.add(where(file, node, path) + error.message() + " [" + error.code() + "]");
        }
        return ValidatedSnapshots.merge(node, content.properties(), content.subModelNodes());
    }

    private static String where(ImportFile file, NodeSnapshot node, String path) {
        return file.file().getFileName() + ":" + node.line() + " (node " + file.workspace() + ":" + path + "): ";
    }

    /** Bootstrap files written by hand may lack creation dates; imported top-level nodes get them. */
    private NodeSnapshot withCreationStamps(NodeSnapshot node, String user) {
        List<NodeSnapshot.Property> properties = new ArrayList<>(node.properties());
        String now = ValueConverter.JCR_DATE.format(ZonedDateTime.now(clock));
        if (node.property("mgnl:created").isEmpty()) {
            properties.add(new NodeSnapshot.Property("mgnl:created", PropertyType.DATE, false, List.of(now)));
            properties.add(new NodeSnapshot.Property("mgnl:createdBy", PropertyType.STRING, false, List.of(user)));
        }
        if (node.property("mgnl:lastModified").isEmpty()) {
            properties.add(new NodeSnapshot.Property("mgnl:lastModified", PropertyType.DATE, false, List.of(now)));
        }
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        return node.withProperties(properties);
    }

    private void apply(Session session, ContentTypeDefinition type, Node item, ValidatedContent content)
            throws RepositoryException {
        Set<String> subModelNames = new HashSet<>();
        for (PropertyDefinition definition : type.properties()) {
            if (type.kindOf(definition) == PropertyKind.SUBMODEL) {
                subModelNames.add(definition.name());
            }
        }
        Set<String> keep = new HashSet<>();
        content.properties().forEach(p -> keep.add(p.name()));
        List<javax.jcr.Property> stale = new ArrayList<>();
        for (PropertyIterator it = item.getProperties(); it.hasNext(); ) {
            javax.jcr.Property property = it.nextProperty();
            if (!property.getName().contains(":") && !keep.contains(property.getName())) {
                stale.add(property);
            }
        }
        for (javax.jcr.Property property : stale) {
            property.remove();
        }
        setProperties(session, item, content.properties());
        for (NodeIterator it = item.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (subModelNames.contains(child.getName())) {
                child.remove();
            }
        }
        for (NodeSnapshot subModel : content.subModelNodes()) {
            addNode(session, item, subModel);
        }
    }

    private void addNode(Session session, Node parent, NodeSnapshot snapshot) throws RepositoryException {
        Node node = parent.addNode(snapshot.name(), snapshot.primaryType());
        setProperties(session, node, snapshot.properties());
        for (NodeSnapshot child : snapshot.children()) {
            addNode(session, node, child);
        }
    }

    private static void setProperties(Session session, Node node, List<NodeSnapshot.Property> properties)
            throws RepositoryException {
        ValueFactory factory = session.getValueFactory();
        for (NodeSnapshot.Property property : properties) {
            if (node.hasProperty(property.name()) && node.getProperty(property.name()).isMultiple() != property.multiple()) {
                node.getProperty(property.name()).remove();
            }
            if (property.multiple()) {
                Value[] values = new Value[property.values().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = factory.createValue(property.values().get(i), property.type());
                }
                node.setProperty(property.name(), values, property.type());
            } else {
                node.setProperty(property.name(), factory.createValue(property.value(), property.type()));
            }
        }
    }

    private void stamp(Node node, String user, boolean created) throws RepositoryException {
        java.util.Calendar now = java.util.GregorianCalendar.from(ZonedDateTime.now(clock));
        if (created) {
            node.setProperty("mgnl:created", now);
            node.setProperty("mgnl:createdBy", user);
        }
        node.setProperty("mgnl:lastModified", now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    private ContentTypeDefinition requireType(String workspace) {
        return registry.findContentTypeByWorkspace(WorkspacePaths.requireWorkspace(workspace))
                .orElseThrow(() -> new ContentNotFoundException("no content type stores its items in workspace '"
                        + workspace + "'"));
    }

    private Node folderOrRoot(Session session, String workspace, String parent) throws RepositoryException {
        repository.ensureWorkspace(workspace);
        Node node = session.getNode(WorkspacePaths.absolute(workspace, parent));
        if (!parent.equals("/") && !node.isNodeType(FOLDER)) {
            throw new ContentNotFoundException(workspace + ":" + parent + " is not a folder");
        }
        return node;
    }

    private boolean existsInAuthor(String workspace, String identifier) {
        return repository.read(Tree.AUTHOR, "content.referenceExists", session -> exists(session, workspace, identifier));
    }

    private static boolean exists(Session session, String workspace, String identifier) {
        try {
            return session.getNodeByIdentifier(identifier).getPath().startsWith("/" + workspace + "/");
        } catch (RepositoryException notFound) {
            return false;
        }
    }

    private static void checkName(String name) {
        try {
            if (name == null || name.isBlank() || !WorkspacePaths.normalise(name).equals("/" + name)) {
                throw new IllegalArgumentException("invalid");
            }
        } catch (IllegalArgumentException e) {
            throw new ContentValidationException(String.valueOf(name), List.of(new FieldError("@name", "INVALID_NAME",
                    "'@name' '" + name + "' is not a valid item name (no '/', ':', '[', ']', '|', '*')")));
        }
    }

    private static Map<String, Set<String>> identifiersByWorkspace(List<ImportFile> files) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ImportFile file : files) {
            for (NodeSnapshot root : file.roots()) {
                collect(root, ids.computeIfAbsent(file.workspace(), w -> new HashSet<>()));
            }
        }
        return ids;
    }

    private static void collect(NodeSnapshot node, Set<String> ids) {
        if (node.identifier() != null) {
            ids.add(node.identifier());
        }
        node.children().forEach(child -> collect(child, ids));
    }

    private static ContentRef ref(String workspace, Node node) throws RepositoryException {
        return new ContentRef(workspace, WorkspacePaths.relative(workspace, node.getPath()), node.getIdentifier());
    }

    private static String child(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }
}
