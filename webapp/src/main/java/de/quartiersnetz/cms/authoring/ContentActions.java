package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidationException;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.SearchQuery;
import de.quartiersnetz.cms.search.SortField;

/**
 * The browser's actions on selected items and folders: writes go through {@link ContentWriter} and
 * {@link Publisher}; what the user can fix (a published item, a name clash, an unpublished folder) is checked
 * first and refused with a message naming the item, before anything is written. Afterwards the author index is
 * brought up to date at once, so the list shown next already shows the result.
 */
final class ContentActions {
    private static final String FOLDER = "mgnl:folder";
    private static final int MAX_COPIES = 100;
    static final int MAX_MOVE_TARGETS = 1000;

    private final ContentWriter writer;
    private final Publisher publisher;
    private final ContentRepository repository;
    private final ContentIndex index;

    ContentActions(ContentWriter writer, Publisher publisher, ContentRepository repository, ContentIndex authorIndex) {
        this.writer = writer;
        this.publisher = publisher;
        this.repository = repository;
        this.index = authorIndex;
    }

    /** A selected item as the confirmation dialogs list it. */
    public record Selected(String name, String path, boolean folder, boolean live) {
    }

    /** The selection, checked: paths valid, every one there. Nested selections keep only the outermost. */
    List<Selected> selection(ContentApp app, List<String> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.noSelection");
        }
        List<String> normalised = new ArrayList<>();
        for (String path : new LinkedHashSet<>(paths)) {
            try {
                String item = WorkspacePaths.normalise(path);
                if (item.equals("/")) {
                    throw new IllegalArgumentException("the root");
                }
                normalised.add(item);
            } catch (IllegalArgumentException e) {
                throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.path", "paths", path);
            }
        }
        List<String> outermost = normalised.stream()
                .filter(path -> normalised.stream().noneMatch(other -> path.startsWith(other + "/"))).toList();
        List<Boolean> live = repository.read(Tree.LIVE, "browser.selection.live", session -> {
            List<Boolean> exists = new ArrayList<>();
            for (String path : outermost) {
                exists.add(session.nodeExists(WorkspacePaths.absolute(app.workspace(), path)));
            }
            return exists;
        });
        return repository.read(Tree.AUTHOR, "browser.selection", session -> {
            List<Selected> selected = new ArrayList<>();
            for (int i = 0; i < outermost.size(); i++) {
                String path = outermost.get(i);
                String absolute = WorkspacePaths.absolute(app.workspace(), path);
                if (!session.nodeExists(absolute)) {
                    throw new ActionRefusedException(HttpStatus.NOT_FOUND, "actions.error.notFound",
                            WorkspacePaths.name(path));
                }
                selected.add(new Selected(WorkspacePaths.name(path), path, session.getNode(absolute).isNodeType(FOLDER),
                        live.get(i)));
            }
            return selected;
        });
    }

    Notice.Done publish(ContentApp app, List<String> paths, boolean withItemsBelow, String user) {
        List<Selected> selected = new ArrayList<>(selection(app, paths));
        selected.sort(Comparator.comparingInt(item -> depth(item.path())));
        Set<String> coming = new LinkedHashSet<>();
        for (Selected item : selected) {
            String parent = WorkspacePaths.parent(item.path());
            if (!parent.equals("/") && !coming.contains(parent) && !isLive(app, parent)) {
                throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.parentNotPublished", item.name(),
                        parent);
            }
            coming.add(item.path());
        }
        List<String> ordered = selected.stream().map(Selected::path).toList();
        publisher.publish(app.workspace(), ordered, withItemsBelow, user);
        reindex(app, ordered, withItemsBelow);
        return done(withItemsBelow ? "actions.publishWithChildren.done" : "actions.publish.done", selected);
    }

    Notice.Done unpublish(ContentApp app, List<String> paths, String user) {
        List<Selected> selected = selection(app, paths);
        for (Selected item : selected) {
            publisher.unpublish(app.workspace(), item.path(), user);
        }
        reindex(app, selected.stream().map(Selected::path).toList(), true);
        return done("actions.unpublish.done", selected);
    }

    /** @param unpublishFirst take published items offline first; without it, published items are refused */
    Notice.Done delete(ContentApp app, List<String> paths, boolean unpublishFirst, String user) {
        List<Selected> selected = selection(app, paths);
        for (Selected item : selected) {
            if (item.live() && !unpublishFirst) {
                throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.published", item.name());
            }
        }
        for (Selected item : selected) {
            if (item.live()) {
                publisher.unpublish(app.workspace(), item.path(), user);
            }
            writer.delete(app.workspace(), item.path());
        }
        reindex(app, selected.stream().map(Selected::path).toList(), false);
        return done(unpublishFirst ? "actions.unpublishAndDelete.done" : "actions.delete.done", selected);
    }

    /** @param suffix appended to copies' names, e.g. {@code kopie}: {@code name-kopie}, {@code name-kopie-2}, … */
    Notice.Done duplicate(ContentApp app, List<String> paths, String suffix, String user) {
        List<Selected> selected = selection(app, paths);
        for (Selected item : selected) {
            if (item.folder()) {
                throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.duplicateFolder", item.name());
            }
        }
        List<String> copies = new ArrayList<>();
        for (Selected item : selected) {
            String name = freeName(app, item.path(), suffix);
            try {
                copies.add(writer.duplicate(app.workspace(), item.path(), name, user).path());
            } catch (ContentValidationException e) {
                reindex(app, copies, false);
                throw new ActionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "actions.error.invalid", item.name(),
                        String.join(", ", e.errors().stream().map(FieldError::field).distinct().toList()));
            }
        }
        reindex(app, copies, false);
        return done("actions.duplicate.done", selected);
    }

    Notice.Done move(ContentApp app, List<String> paths, String target, String user) {
        List<Selected> selected = selection(app, paths);
        String folder = requireFolder(app, target, "target");
        for (Selected item : selected) {
            if (folder.equals(item.path()) || folder.startsWith(item.path() + "/")) {
                throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.intoItself", item.name());
            }
            String destination = folder.equals("/") ? "/" + item.name() : folder + "/" + item.name();
            if (!WorkspacePaths.parent(item.path()).equals(folder) && exists(app, destination)) {
                throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.nameTaken", item.name(), folder);
            }
        }
        List<String> sources = selected.stream().map(Selected::path).toList();
        List<ContentRef> moved = writeChecked(() -> writer.move(app.workspace(), sources, folder, user));
        List<String> changed = new ArrayList<>(sources);
        moved.forEach(ref -> changed.add(ref.path()));
        reindex(app, changed, false);
        return done("actions.move.done", selected, folder);
    }

    Notice.Done createFolder(ContentApp app, String parent, String name, String user) {
        String folder = requireFolder(app, parent, "path");
        if (name == null || name.isBlank()) {
            throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.folderNameMissing", "name");
        }
        String trimmed = name.strip();
        String path = folder.equals("/") ? "/" + trimmed : folder + "/" + trimmed;
        try {
            if (!trimmed.equals(WorkspacePaths.name(path))) {
                throw new IllegalArgumentException(trimmed);
            }
        } catch (IllegalArgumentException e) {
            throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.folderName", "name", trimmed);
        }
        if (exists(app, path)) {
            throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.folderTaken", trimmed, folder);
        }
        ContentRef created = writeChecked(() -> writer.createFolder(app.workspace(), folder, trimmed, user));
        reindex(app, List.of(created.path()), false);
        return new Notice.Done("actions.folder.done", trimmed);
    }

    /** Folders an item can move to, by path, without the selected ones and what lies below them. */
    List<String> moveTargets(ContentApp app, List<Selected> selected) {
        List<String> folders = new ArrayList<>();
        folders.add("/");
        for (String path : index.search(SearchQuery.in(app.workspace()).nodeTypes(FOLDER).strictNodeTypes(true)
                .orderBy(SortField.asc("@path")).limit(MAX_MOVE_TARGETS).build()).paths()) {
            boolean inSelection = selected.stream().anyMatch(item -> path.equals(item.path())
                    || path.startsWith(item.path() + "/"));
            if (!inSelection) {
                folders.add(path);
            }
        }
        return folders;
    }

    private String freeName(ContentApp app, String path, String suffix) {
        String parent = WorkspacePaths.parent(path);
        String stem = WorkspacePaths.name(path) + "-" + suffix;
        for (int n = 1; n <= MAX_COPIES; n++) {
            String name = n == 1 ? stem : stem + "-" + n;
            if (!exists(app, parent.equals("/") ? "/" + name : parent + "/" + name)) {
                return name;
            }
        }
        throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.tooManyCopies", WorkspacePaths.name(path));
    }

    private String requireFolder(ContentApp app, String path, String parameter) {
        String folder;
        try {
            folder = WorkspacePaths.normalise(path);
        } catch (IllegalArgumentException e) {
            throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.path", parameter, path);
        }
        boolean isFolder = folder.equals("/") || repository.read(Tree.AUTHOR, "browser.isFolder", session -> {
            String absolute = WorkspacePaths.absolute(app.workspace(), folder);
            return session.nodeExists(absolute) && session.getNode(absolute).isNodeType(FOLDER);
        });
        if (!isFolder) {
            throw new ActionRefusedException(HttpStatus.BAD_REQUEST, "actions.error.noFolder", parameter, folder);
        }
        return folder;
    }

    private boolean exists(ContentApp app, String path) {
        return repository.read(Tree.AUTHOR, "browser.exists",
                session -> session.nodeExists(WorkspacePaths.absolute(app.workspace(), path)));
    }

    private boolean isLive(ContentApp app, String path) {
        return repository.read(Tree.LIVE, "browser.isLive",
                session -> session.nodeExists(WorkspacePaths.absolute(app.workspace(), path)));
    }

    /** A write whose user errors were checked before; one that still fails (a race) is refused as a whole. */
    private static <T> T writeChecked(Supplier<T> write) {
        try {
            return write.get();
        } catch (ContentValidationException e) {
            throw new ActionRefusedException(HttpStatus.CONFLICT, "actions.error.changedMeanwhile",
                    e.errors().stream().map(FieldError::message).findFirst().orElse(""));
        }
    }

    private void reindex(ContentApp app, List<String> paths, boolean itemsBelow) {
        if (!paths.isEmpty()) {
            index.applyNow(paths.stream().map(path -> WorkspacePaths.absolute(app.workspace(), path)).toList(),
                    itemsBelow);
        }
    }

    /** Arguments: the number of items, the first one's name, then any extra. */
    private static Notice.Done done(String key, List<Selected> selected, Object... extra) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(selected.size());
        arguments.add(selected.get(0).name());
        arguments.addAll(List.of(extra));
        return new Notice.Done(key, arguments);
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
