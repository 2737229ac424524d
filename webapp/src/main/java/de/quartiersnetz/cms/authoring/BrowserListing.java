package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.List;

import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SearchHits;
import de.quartiersnetz.cms.search.SearchQuery;
import de.quartiersnetz.cms.search.SortField;

/**
 * One page of a browser list, found in the author search index (so that it stays fast with many thousand items)
 * and then read from the author tree. Browsing a folder lists its sub-folders first, then its items; searching
 * (text, status or option filters) lists matching items anywhere below the folder.
 */
final class BrowserListing {
    private static final String FOLDER = "mgnl:folder";

    private final ContentIndex index;
    private final ContentRepository repository;
    private final ItemRows rows;

    BrowserListing(ContentIndex authorIndex, ContentRepository repository) {
        this.index = authorIndex;
        this.repository = repository;
        this.rows = new ItemRows(repository);
    }

    /**
     * @param page one page of rows; {@code page} is the page shown, the last one when the asked one lies beyond
     */
    record Listing(List<BrowserRow> rows, long total, int page, int pageCount) {
    }

    /** @throws ContentNotFoundException when the folder does not exist */
    Listing list(ContentApp app, BrowserParams params) {
        requireFolder(app.workspace(), params.path());
        Listing listing = page(app, params);
        if (listing.rows().isEmpty() && params.page() > listing.pageCount()) {
            listing = page(app, params.withPage(listing.pageCount()));
        }
        return listing;
    }

    private Listing page(ContentApp app, BrowserParams params) {
        int offset = (params.page() - 1) * params.pageSize();
        List<String> paths = new ArrayList<>();
        long total;
        if (params.searching()) {
            SearchHits hits = index.search(items(app, params).rootPath(params.path()).offset(offset)
                    .limit(params.pageSize()).build());
            paths.addAll(hits.paths());
            total = hits.total();
        } else {
            SearchHits folders = index.search(children(app, params).nodeTypes(FOLDER).strictNodeTypes(true)
                    .offset(offset).limit(params.pageSize()).build());
            paths.addAll(folders.paths());
            int itemOffset = (int) Math.max(0, offset - folders.total());
            SearchHits items = index.search(children(app, params).offset(itemOffset)
                    .limit(params.pageSize() - folders.paths().size()).build());
            paths.addAll(items.paths());
            total = folders.total() + items.total();
        }
        int pageCount = (int) Math.max(1, (total + params.pageSize() - 1) / params.pageSize());
        return new Listing(rows.read(app.workspace(), paths, app.columns()), total, params.page(), pageCount);
    }

    private static SearchQuery.Builder children(ContentApp app, BrowserParams params) {
        return SearchQuery.in(app.workspace()).filter("@parent", Operator.EQ, params.path()).orderBy(order(app, params));
    }

    private static SearchQuery.Builder items(ContentApp app, BrowserParams params) {
        SearchQuery.Builder query = SearchQuery.in(app.workspace()).fullText(params.q()).orderBy(order(app, params));
        if (params.status() != null) {
            query.filter("@status", Operator.EQ, params.status().key());
        }
        params.filters().forEach((property, value) -> query.filter(property, Operator.EQ, value));
        return query;
    }

    /** The chosen key; by default relevance when searching for text, else the name. */
    private static SortField[] order(ContentApp app, BrowserParams params) {
        String key = params.sort();
        if (key == null) {
            return params.q() != null ? new SortField[0] : new SortField[] {SortField.asc("@name")};
        }
        String property = switch (key) {
            case BrowserParams.NAME -> "@name";
            case BrowserParams.STATUS -> "@status";
            case BrowserParams.LAST_MODIFIED -> "mgnl:lastModified";
            default -> app.column(key).orElseThrow().property();
        };
        return new SortField[] {new SortField(property, params.descending())};
    }

    private void requireFolder(String workspace, String path) {
        boolean folder = repository.read(Tree.AUTHOR, "browser.folder", session -> {
            String absolute = WorkspacePaths.absolute(workspace, path);
            return path.equals("/") ? true : session.nodeExists(absolute) && session.getNode(absolute).isNodeType(FOLDER);
        });
        if (!folder) {
            throw new ContentNotFoundException(workspace + ":" + path + " is no folder");
        }
    }
}
