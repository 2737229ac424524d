package de.quartiersnetz.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.api.Tree;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Brings the index in line with the repository for a batch of changed node paths. It looks at the current
 * state of each path, not at the kind of event, so any mix of adds, changes, moves and removals in any order
 * ends with the documents the repository holds now:
 * <ul>
 * <li>a path that no longer exists: its document and those of all items below go; the item it belonged to
 *     (if any is left) is re-indexed, since a removed sub-node changes that item's text;</li>
 * <li>a path that exists: the item it belongs to is re-indexed; an item the index did not know yet (new,
 *     moved or copied here) is indexed with all items below it, as some stores report a moved subtree at its
 *     root only.</li>
 * </ul>
 */
final class ChangeIndexer {
    private final Root snapshot;
    private final Items items;
    private final ItemDocuments documents;
    private final IndexWriter writer;
    private final IndexSearcher before;
    private final boolean itemsBelow;
    private final Set<String> indexed = new HashSet<>();

    /** @param itemsBelow re-index every item below an existing changed item too, known or not */
    ChangeIndexer(Root snapshot, IndexWriter writer, IndexSearcher before, boolean itemsBelow) {
        this.snapshot = snapshot;
        this.items = new Items(snapshot);
        this.documents = new ItemDocuments(items);
        this.writer = writer;
        this.before = before;
        this.itemsBelow = itemsBelow;
    }

    /** @return the number of documents written or deleted */
    int apply(List<String> changedPaths) {
        int changes = 0;
        for (String path : changedPaths) {
            changes += applyOne(path);
        }
        return changes;
    }

    private int applyOne(String absolutePath) {
        String workspace = Items.workspaceOf(absolutePath);
        if (workspace == null) {
            return 0;
        }
        try {
            Tree node = snapshot.getTree(absolutePath);
            if (!node.exists()) {
                deleteWithDescendants(workspace, absolutePath);
                Tree remaining = nearestExistingAncestor(absolutePath);
                Tree owner = remaining == null ? null : items.owningItem(remaining);
                return 1 + (owner == null ? 0 : index(workspace, owner));
            }
            Tree owner = items.owningItem(node);
            if (owner == null) {
                return 0;
            }
            int[] changes = {0};
            if (owner.getPath().equals(absolutePath) && (itemsBelow || !known(absolutePath))) {
                items.forEachItemBelow(owner, item -> changes[0] += index(workspace, item));
            }
            return changes[0] + index(workspace, owner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int index(String workspace, Tree item) {
        String key = item.getPath();
        if (!indexed.add(key)) {
            return 0;
        }
        try {
            writer.updateDocument(new Term(IndexFields.KEY, key), documents.build(workspace, item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1;
    }

    private void deleteWithDescendants(String workspace, String absolutePath) throws IOException {
        indexed.remove(absolutePath);
        if (absolutePath.equals("/" + workspace)) {
            writer.deleteDocuments(new Term(IndexFields.WORKSPACE, workspace));
            return;
        }
        writer.deleteDocuments(new Term(IndexFields.KEY, absolutePath));
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.WORKSPACE, workspace)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ANCESTORS, WorkspacePaths.relative(workspace, absolutePath))),
                        Occur.FILTER)
                .build());
    }

    private Tree nearestExistingAncestor(String absolutePath) {
        String path = absolutePath;
        while (path.lastIndexOf('/') > 0) {
            path = path.substring(0, path.lastIndexOf('/'));
            Tree ancestor = snapshot.getTree(path);
            if (ancestor.exists()) {
                return ancestor;
            }
        }
        return null;
    }

    /** Whether the index held the item before this batch. */
    private boolean known(String absolutePath) throws IOException {
        return before.count(new TermQuery(new Term(IndexFields.KEY, absolutePath))) > 0;
    }
}
