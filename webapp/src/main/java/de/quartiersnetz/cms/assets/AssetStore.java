package de.quartiersnetz.cms.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Binary;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The {@code dam} workspace in Magnolia's shape: {@code mgnl:folder}s and {@code mgnl:asset}s, each asset with
 * a {@code jcr:content} child of type {@code mgnl:resource} holding the binary ({@code jcr:data}) and its
 * facts ({@code jcr:mimeType, fileName, extension, size, width, height}). Writes go to the author tree;
 * publishing copies an asset like any item.
 */
public final class AssetStore {
    public static final String WORKSPACE = "dam";
    static final String RESOURCE = "jcr:content";

    private final ContentRepository repository;
    private final Clock clock;
    private final List<String> languages;

    public AssetStore(ContentRepository repository, Clock clock, List<String> languages) {
        this.repository = repository;
        this.clock = clock;
        this.languages = List.copyOf(languages);
        repository.ensureWorkspace(WORKSPACE);
    }

    public List<String> languages() {
        return languages;
    }

    /** The folders and assets directly below a folder ({@code /} is the workspace root), folders first. */
    public List<Asset> list(Tree tree, String folderPath) {
        return repository.read(tree, "assets.list", session -> {
            String absolute = WorkspacePaths.absolute(WORKSPACE, folderPath);
            if (!session.nodeExists(absolute)) {
                throw new ContentNotFoundException("no folder " + folderPath + " in dam");
            }
            List<Asset> folders = new ArrayList<>();
            List<Asset> assets = new ArrayList<>();
            for (Node child : ChildNodes.of(session.getNode(absolute))) {
                if (child.isNodeType("mgnl:folder")) {
                    folders.add(read(child));
                } else if (child.isNodeType("mgnl:asset")) {
                    assets.add(read(child));
                }
            }
            folders.addAll(assets);
            return folders;
        });
    }

    /** All folder paths, depth first, for the tree and the move dialog. */
    public List<String> folders(Tree tree) {
        return repository.read(tree, "assets.folders", session -> {
            List<String> paths = new ArrayList<>();
            paths.add("/");
            collectFolders(session.getNode("/" + WORKSPACE), paths);
            return paths;
        });
    }

    private static void collectFolders(Node node, List<String> paths) throws RepositoryException {
        for (Node child : ChildNodes.of(node)) {
            if (child.isNodeType("mgnl:folder")) {
                paths.add(WorkspacePaths.relative(WORKSPACE, child.getPath()));
                collectFolders(child, paths);
            }
        }
    }

    /** Assets whose title, file name, description or alt text contains every word of the query (case-insensitive). */
    public List<Asset> search(Tree tree, String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return repository.read(tree, "assets.search", session -> {
            List<Asset> hits = new ArrayList<>();
            collectAssets(session.getNode("/" + WORKSPACE), asset -> {
                String text = String.join(" ", asset.title(), asset.fileName(), asset.description(), asset.caption(),
                        String.join(" ", asset.alternative().values())).toLowerCase(Locale.ROOT);
                for (String word : words) {
                    if (!word.isEmpty() && !text.contains(word)) {
                        return;
                    }
                }
                hits.add(asset);
            });
            return hits;
        });
    }

    private void collectAssets(Node node, java.util.function.Consumer<Asset> sink) throws RepositoryException {
        for (Node child : ChildNodes.of(node)) {
            if (child.isNodeType("mgnl:folder")) {
                collectAssets(child, sink);
            } else if (child.isNodeType("mgnl:asset")) {
                sink.accept(read(child));
            }
        }
    }

    /** The asset with this identifier ({@code jcr:} prefix allowed) in the tree, if it is an asset of dam. */
    public Optional<Asset> find(Tree tree, String identifier) {
        String id = bare(identifier);
        if (id == null) {
            return Optional.empty();
        }
        return repository.read(tree, "assets.find", session -> assetNode(session, id).map(this::readUnchecked));
    }

    /** The original bytes of a (published, if the tree is LIVE) asset. */
    public Optional<byte[]> binary(Tree tree, String identifier) {
        String id = bare(identifier);
        if (id == null) {
            return Optional.empty();
        }
        return repository.read(tree, "assets.binary", session -> {
            Optional<Node> node = assetNode(session, id);
            if (node.isEmpty() || !node.get().hasNode(RESOURCE)) {
                return Optional.<byte[]>empty();
            }
            Binary binary = node.get().getNode(RESOURCE).getProperty("jcr:data").getBinary();
            try (InputStream in = binary.getStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new RepositoryException("cannot read binary of " + id + ": " + e.getMessage(), e);
            } finally {
                binary.dispose();
            }
        });
    }

    /** The paths to publish, parents first, so that the asset's folders exist in the live tree: missing folders, then the item. */
    public List<String> publishPaths(String identifier) {
        Asset asset = find(Tree.AUTHOR, identifier).or(() -> folder(Tree.AUTHOR, identifier))
                .orElseThrow(() -> notFound(identifier));
        List<String> missing = repository.read(Tree.LIVE, "assets.publishPaths", session -> {
            List<String> paths = new ArrayList<>();
            String parent = WorkspacePaths.parent(asset.path());
            while (!parent.equals("/") && !session.nodeExists(WorkspacePaths.absolute(WORKSPACE, parent))) {
                paths.add(0, parent);
                parent = WorkspacePaths.parent(parent);
            }
            return paths;
        });
        missing.add(asset.path());
        return missing;
    }

    /** A folder of dam by identifier. */
    public Optional<Asset> folder(Tree tree, String identifier) {
        String id = bare(identifier);
        if (id == null) {
            return Optional.empty();
        }
        return repository.read(tree, "assets.folder", session -> {
            try {
                Node node = session.getNodeByIdentifier(id);
                return node.getPath().startsWith("/" + WORKSPACE + "/") && node.isNodeType("mgnl:folder")
                        ? Optional.of(read(node)) : Optional.<Asset>empty();
            } catch (ItemNotFoundException e) {
                return Optional.<Asset>empty();
            }
        });
    }

    public Asset createFolder(String parentPath, String title, String user) {
        String name = FileNames.slug(title == null ? "" : title);
        if (name.isEmpty()) {
            throw new AssetRejectedException("name", "NAME_REQUIRED", "Bitte einen Namen für den Ordner angeben.");
        }
        return repository.write(Tree.AUTHOR, "assets.createFolder", session -> {
            Node parent = folderNode(session, parentPath);
            Node folder = parent.addNode(uniqueName(parent, name), "mgnl:folder");
            stamp(folder, user, true);
            return read(folder);
        });
    }

    /** Stores an inspected upload as a new asset in the folder; the name is made unique there. */
    public Asset create(String folderPath, UploadInspector.Inspected file, AssetMetadata metadata, String user) {
        return repository.write(Tree.AUTHOR, "assets.create", session -> {
            Node parent = folderNode(session, folderPath);
            Node asset = parent.addNode(uniqueName(parent, file.baseName()), "mgnl:asset");
            stamp(asset, user, true);
            asset.setProperty("name", file.baseName());
            writeMetadata(asset, metadata.title() == null || metadata.title().isBlank()
                    ? new AssetMetadata(file.baseName(), metadata.description(), metadata.caption(), metadata.copyright(),
                    metadata.license(), metadata.alternative()) : metadata);
            writeResource(session, asset, file);
            return read(asset);
        });
    }

    /** Replaces the binary; metadata and identifier stay, the version (and so every rendition URL) changes. */
    public Asset replace(String identifier, UploadInspector.Inspected file, String user) {
        return repository.write(Tree.AUTHOR, "assets.replace", session -> {
            Node asset = requireAsset(session, identifier);
            stamp(asset, user, false);
            writeResource(session, asset, file);
            return read(asset);
        });
    }

    public Asset update(String identifier, AssetMetadata metadata, String user) {
        return repository.write(Tree.AUTHOR, "assets.update", session -> {
            Node asset = requireAsset(session, identifier);
            if (isImage(asset)) {
                requireAlt(metadata.alternative().get(languages.get(0)));
            }
            writeMetadata(asset, metadata);
            stamp(asset, user, false);
            return read(asset);
        });
    }

    private static boolean isImage(Node asset) throws RepositoryException {
        return asset.hasNode(RESOURCE) && asset.getNode(RESOURCE).hasProperty("jcr:mimeType")
                && asset.getNode(RESOURCE).getProperty("jcr:mimeType").getString().startsWith("image/");
    }

    void requireAlt(String alt) {
        if (alt == null || alt.isBlank()) {
            throw new AssetRejectedException("alternative_" + languages.get(0), "ALT_REQUIRED",
                    "Bilder brauchen einen Alternativtext (" + languages.get(0) + "), der beschreibt, was zu sehen ist.");
        }
    }

    /** Refuses (with a German message) to publish an image that has no alt text in the default language. */
    public void requirePublishable(String identifier) {
        Asset asset = find(Tree.AUTHOR, identifier).orElseThrow(() -> notFound(identifier));
        if (asset.isImage()) {
            requireAlt(asset.alternative().get(languages.get(0)));
        }
    }

    public Asset move(String identifier, String targetFolder, String user) {
        return repository.write(Tree.AUTHOR, "assets.move", session -> {
            Node asset = requireItem(session, identifier);
            Node target = folderNode(session, targetFolder);
            if (target.getPath().equals(asset.getPath()) || target.getPath().startsWith(asset.getPath() + "/")) {
                throw new AssetRejectedException("target", "MOVE_INTO_ITSELF", "Ein Ordner kann nicht in sich selbst verschoben werden.");
            }
            String name = uniqueName(target, asset.getName());
            session.move(asset.getPath(), target.getPath() + "/" + name);
            stamp(asset, user, false);
            return read(session.getNodeByIdentifier(asset.getIdentifier()));
        });
    }

    /** Removes an asset or an empty folder from the author tree (the caller checks referrers and unpublishes). */
    public Asset delete(String identifier) {
        return repository.write(Tree.AUTHOR, "assets.delete", session -> {
            Node node = requireItem(session, identifier);
            if (node.isNodeType("mgnl:folder") && node.getNodes().hasNext()) {
                throw new AssetRejectedException("identifier", "FOLDER_NOT_EMPTY", 409,
                        "Der Ordner „" + node.getName() + "“ ist nicht leer und kann nicht gelöscht werden.");
            }
            Asset gone = read(node);
            node.remove();
            return gone;
        });
    }

    public static String bare(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return null;
        }
        String id = identifier.startsWith("jcr:") ? identifier.substring(4) : identifier;
        return id.matches("[0-9a-fA-F-]{36}") ? id : null;
    }

    static AssetRejectedException notFound(String identifier) {
        return new AssetRejectedException("identifier", "NOT_FOUND", 404, "Das Medium „" + identifier + "“ gibt es nicht.");
    }

    private Node requireAsset(Session session, String identifier) throws RepositoryException {
        Node node = requireItem(session, identifier);
        if (!node.isNodeType("mgnl:asset")) {
            throw notFound(identifier);
        }
        return node;
    }

    private Node requireItem(Session session, String identifier) throws RepositoryException {
        String id = bare(identifier);
        if (id == null) {
            throw notFound(identifier);
        }
        try {
            Node node = session.getNodeByIdentifier(id);
            if (!node.getPath().startsWith("/" + WORKSPACE + "/")) {
                throw notFound(identifier);
            }
            return node;
        } catch (ItemNotFoundException e) {
            throw notFound(identifier);
        }
    }

    private static Optional<Node> assetNode(Session session, String id) throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(id);
            return node.getPath().startsWith("/" + WORKSPACE + "/") && node.isNodeType("mgnl:asset")
                    ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Node folderNode(Session session, String folderPath) throws RepositoryException {
        String absolute = WorkspacePaths.absolute(WORKSPACE, folderPath == null ? "/" : folderPath);
        if (!session.nodeExists(absolute)) {
            throw new AssetRejectedException("folder", "FOLDER_NOT_FOUND", 404, "Den Ordner „" + folderPath + "“ gibt es nicht.");
        }
        Node node = session.getNode(absolute);
        if (!absolute.equals("/" + WORKSPACE) && !node.isNodeType("mgnl:folder")) {
            throw new AssetRejectedException("folder", "NOT_A_FOLDER", "„" + folderPath + "“ ist kein Ordner.");
        }
        return node;
    }

    private static String uniqueName(Node parent, String name) throws RepositoryException {
        String candidate = name;
        for (int i = 1; parent.hasNode(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }

    private void stamp(Node node, String user, boolean created) throws RepositoryException {
        Calendar now = GregorianCalendar.from(java.time.ZonedDateTime.now(clock));
        if (created) {
            node.setProperty("mgnl:created", now);
            node.setProperty("mgnl:createdBy", user);
            node.setProperty("mgnl:activationStatus", false);
        }
        node.setProperty("mgnl:lastModified", now);
        node.setProperty("mgnl:lastModifiedBy", user);
    }

    private void writeMetadata(Node asset, AssetMetadata metadata) throws RepositoryException {
        set(asset, "title", metadata.title());
        set(asset, "description", metadata.description());
        set(asset, "caption", metadata.caption());
        set(asset, "copyright", metadata.copyright());
        set(asset, "license", metadata.license());
        for (int i = 0; i < languages.size(); i++) {
            String property = i == 0 ? "alternative" : "alternative_" + languages.get(i);
            set(asset, property, metadata.alternative().get(languages.get(i)));
        }
    }

    private static void set(Node node, String name, String value) throws RepositoryException {
        if (value == null || value.isBlank()) {
            if (node.hasProperty(name)) {
                node.getProperty(name).remove();
            }
        } else {
            node.setProperty(name, value.strip());
        }
    }

    private void writeResource(Session session, Node asset, UploadInspector.Inspected file) throws RepositoryException {
        Node resource = asset.hasNode(RESOURCE) ? asset.getNode(RESOURCE) : asset.addNode(RESOURCE, "mgnl:resource");
        Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(file.bytes()));
        resource.setProperty("jcr:data", binary);
        resource.setProperty("jcr:mimeType", file.mimeType());
        resource.setProperty("fileName", file.fileName());
        resource.setProperty("extension", file.extension());
        resource.setProperty("size", (long) file.bytes().length);
        if (file.isImage()) {
            resource.setProperty("width", (long) file.width());
            resource.setProperty("height", (long) file.height());
        } else {
            for (String name : List.of("width", "height")) {
                if (resource.hasProperty(name)) {
                    resource.getProperty(name).remove();
                }
            }
        }
        resource.setProperty("jcr:lastModified", GregorianCalendar.from(java.time.ZonedDateTime.now(clock)));
        asset.setProperty("type", file.extension());
    }

    private Asset readUnchecked(Node node) {
        try {
            return read(node);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private Asset read(Node node) throws RepositoryException {
        String path = WorkspacePaths.relative(WORKSPACE, node.getPath());
        boolean folder = node.isNodeType("mgnl:folder");
        Map<String, String> alternative = new LinkedHashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            String property = i == 0 ? "alternative" : "alternative_" + languages.get(i);
            alternative.put(languages.get(i), text(node, property));
        }
        String fileName = "";
        String extension = "";
        String mimeType = "";
        long size = 0;
        int width = 0;
        int height = 0;
        String version = "0";
        if (node.hasNode(RESOURCE)) {
            Node resource = node.getNode(RESOURCE);
            fileName = text(resource, "fileName");
            extension = text(resource, "extension");
            mimeType = text(resource, "jcr:mimeType");
            size = resource.hasProperty("size") ? resource.getProperty("size").getLong() : 0;
            width = resource.hasProperty("width") ? (int) resource.getProperty("width").getLong() : 0;
            height = resource.hasProperty("height") ? (int) resource.getProperty("height").getLong() : 0;
            version = resource.hasProperty("jcr:lastModified")
                    ? Long.toString(resource.getProperty("jcr:lastModified").getDate().getTimeInMillis(), 36) : "0";
        }
        boolean published = node.hasProperty("mgnl:activationStatus") && node.getProperty("mgnl:activationStatus").getBoolean();
        String lastModified = node.hasProperty("mgnl:lastModified")
                ? node.getProperty("mgnl:lastModified").getDate().toInstant().toString() : "";
        return new Asset(node.getIdentifier(), path, node.getName(), folder, text(node, "title"), text(node, "description"),
                text(node, "caption"), text(node, "copyright"), text(node, "license"), alternative, fileName, extension,
                mimeType, size, width, height, version, published, lastModified);
    }

    private static String text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : "";
    }

    /** Every identifier below a node, itself included (for unpublishing a folder). */
    static List<String> identifiers(Node node) throws RepositoryException {
        List<String> ids = new ArrayList<>();
        ids.add(node.getIdentifier());
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:folder") || child.isNodeType("mgnl:asset")) {
                ids.addAll(identifiers(child));
            }
        }
        return ids;
    }
}
