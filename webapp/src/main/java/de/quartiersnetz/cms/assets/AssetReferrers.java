package de.quartiersnetz.cms.assets;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Who links to an asset: every string property in every workspace of the author tree (except {@code dam} itself)
 * whose value is the asset's key {@code jcr:<uuid>} or its bare identifier. A walk over the author tree: exact
 * and index-free, which suits the few thousand items of a network's site; see docs/assets.md.
 */
public final class AssetReferrers {
    private final ContentRepository repository;

    public AssetReferrers(ContentRepository repository) {
        this.repository = repository;
    }

    /** One referrer: the workspace, the item's path and the property naming the asset. */
    public record Referrer(String workspace, String path, String property) {
        @Override
        public String toString() {
            return workspace + ":" + path + " (" + property + ")";
        }
    }

    public List<Referrer> of(String identifier) {
        String id = AssetStore.bare(identifier);
        if (id == null) {
            return List.of();
        }
        String key = "jcr:" + id;
        return repository.read(Tree.AUTHOR, "assets.referrers", session -> {
            List<Referrer> found = new ArrayList<>();
            for (String workspace : repository.workspaces(Tree.AUTHOR)) {
                if (workspace.equals(AssetStore.WORKSPACE) || !session.nodeExists("/" + workspace)) {
                    continue;
                }
                walk(session.getNode("/" + workspace), workspace, id, key, found);
            }
            return found;
        });
    }

    private static void walk(Node node, String workspace, String id, String key, List<Referrer> found)
            throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getType() != PropertyType.STRING || property.getName().startsWith("jcr:")) {
                continue;
            }
            Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
            for (Value value : values) {
                String text = value.getString();
                if (text.equals(key) || text.equals(id)) {
                    found.add(new Referrer(workspace, WorkspacePaths.relative(workspace, itemOf(node, workspace).getPath()),
                            property.getName()));
                    break;
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            walk(it.nextNode(), workspace, id, key, found);
        }
    }

    /** The item a sub-node (area, component, submodel entry) belongs to. */
    private static Node itemOf(Node node, String workspace) throws RepositoryException {
        Node current = node;
        while (!current.isNodeType("mgnl:content") && !current.isNodeType("mgnl:folder")
                && current.getDepth() > 1) {
            current = current.getParent();
        }
        return current.getDepth() >= 1 && current.getPath().startsWith("/" + workspace + "/") ? current : node;
    }
}
