package de.quartiersnetz.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jackrabbit.oak.api.Root;
import org.apache.jackrabbit.oak.api.Tree;
import org.apache.lucene.document.Document;

/**
 * Every item of some workspaces of one repository snapshot, found up front (a rebuild's progress needs their
 * number, and walking the trees a second time to build the documents cost more than keeping them).
 */
final class SnapshotItems {
    private record Found(String workspace, Tree item) {
    }

    private final List<Found> found = new ArrayList<>();
    private final ItemDocuments documents;

    SnapshotItems(Root snapshot, List<String> workspaces) {
        Items items = new Items(snapshot);
        this.documents = new ItemDocuments(items);
        for (String workspace : workspaces) {
            items.forEachItemBelow(snapshot.getTree("/" + workspace), item -> found.add(new Found(workspace, item)));
        }
    }

    int size() {
        return found.size();
    }

    /** The items' documents in tree order (parents before children), each built when the stream reaches it. */
    Stream<Document> documents() {
        return found.stream().map(item -> documents.build(item.workspace(), item.item()));
    }
}
