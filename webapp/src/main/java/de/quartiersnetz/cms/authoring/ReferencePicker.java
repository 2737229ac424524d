package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.content.ItemSummary;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SearchQuery;

/**
 * Finds the items a reference may point to in the author index (drafts included, never the public index):
 * German full text over the item, and the typed text within the item's name, so that the beginning of a word
 * ("Leip") finds it too.
 */
final class ReferencePicker {
    static final int LIMIT = 10;
    private static final int MAX_QUERY = 200;

    private final ContentIndex authorIndex;
    private final ContentReader reader;

    ReferencePicker(ContentIndex authorIndex, ContentReader reader) {
        this.authorIndex = authorIndex;
        this.reader = reader;
    }

    List<ItemSummary> search(String workspace, String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        Set<String> paths = new LinkedHashSet<>();
        if (q.isEmpty()) {
            paths.addAll(authorIndex.search(SearchQuery.in(workspace).limit(LIMIT).build()).paths());
        } else {
            paths.addAll(authorIndex.search(SearchQuery.in(workspace).fullText(q).limit(LIMIT).build()).paths());
            String namePart = ItemNames.fromTitle(q);
            if (!namePart.equals("eintrag") || q.equalsIgnoreCase("eintrag")) {
                paths.addAll(authorIndex.search(SearchQuery.in(workspace)
                        .filter("@name", Operator.LIKE, "%" + namePart + "%").limit(LIMIT).build()).paths());
            }
        }
        return reader.byPaths(workspace, new ArrayList<>(paths).subList(0, Math.min(LIMIT, paths.size())));
    }
}
