package de.quartiersnetz.cms.publishing;

import java.util.List;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.NodeSnapshots;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The versions {@link Publisher} records: list them, compare one with the current draft, restore one as a new
 * draft. Versions belong to an item's identifier, so they follow the item when it moves and outlive its
 * deletion: a deleted item is restored at the path it had when the version was published.
 */
public final class VersionHistory {
    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final ContentWriter writer;
    private final List<String> languages;
    private final VersionStore store = new VersionStore();

    /** @param languages the content languages, the first being the default */
    public VersionHistory(ContentRepository repository, DefinitionRegistry registry, ContentWriter writer,
                          List<String> languages) {
        this.repository = repository;
        this.registry = registry;
        this.writer = writer;
        this.languages = List.copyOf(languages);
    }

    /** The identifier of the item at {@code path} in the author tree, which its versions are kept under. */
    public String identifierAt(String workspace, String path) {
        String absolute = WorkspacePaths.absolute(workspace, path);
        return repository.read(Tree.AUTHOR, "versions.identifier", session -> {
            Node node = session.getNode(absolute);
            if (!ItemTypes.isItem(node)) {
                throw new ContentNotFoundException(workspace + ":" + WorkspacePaths.normalise(path) + " is not an item");
            }
            return node.getIdentifier();
        });
    }

    /** Newest first; empty when the item was never published. */
    public List<Version> list(String workspace, String identifier) {
        return repository.read(Tree.AUTHOR, "versions.list", session -> store.list(session, workspace, identifier));
    }

    /**
     * The fields of the item's content type whose value in version {@code number} differs from the current
     * draft (all filled fields of the version, as removed, when the item was deleted since).
     */
    public List<FieldChange> diff(String workspace, String identifier, int number) {
        ContentTypeDefinition type = requireType(workspace);
        return repository.read(Tree.AUTHOR, "versions.diff", session -> {
            VersionStore.Stored version = stored(session, workspace, identifier, number);
            return new FieldDiff(type, languages).compare(version.item(), draft(session, identifier));
        });
    }

    /**
     * Gives the item the field values of version {@code number} through {@link ContentWriter#restore}: a new
     * draft stamped modified by {@code user}, not published. A version that no longer fits the model fails with
     * its field errors ({@link de.quartiersnetz.cms.content.ContentValidationException}) and changes nothing.
     */
    public ContentRef restore(String workspace, String identifier, int number, String user) {
        requireType(workspace);
        VersionStore.Stored version = repository.read(Tree.AUTHOR, "versions.read",
                session -> stored(session, workspace, identifier, number));
        return writer.restore(workspace, version.version().path(), version.item(), user);
    }

    private VersionStore.Stored stored(Session session, String workspace, String identifier, int number)
            throws RepositoryException {
        return store.read(session, workspace, identifier, number).orElseThrow(() -> new ContentNotFoundException(
                "item " + identifier + " of workspace '" + workspace + "' has no version " + number));
    }

    private static NodeSnapshot draft(Session session, String identifier) throws RepositoryException {
        try {
            return NodeSnapshots.read(session.getNodeByIdentifier(identifier),
                    child -> !ItemTypes.isItemOrFolder(child));
        } catch (ItemNotFoundException deleted) {
            return null;
        }
    }

    private ContentTypeDefinition requireType(String workspace) {
        return registry.findContentTypeByWorkspace(WorkspacePaths.requireWorkspace(workspace))
                .orElseThrow(() -> new ContentNotFoundException("no content type stores its items in workspace '"
                        + workspace + "', so its versions have no fields to compare or restore"));
    }
}
