package de.quartiersnetz.cms.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leading matches of recent queries in order, for the index reader they were found with: paging through one
 * list (same filters and order, other offset) then costs one search, not one per page. A deep page of a sorted
 * list is the expensive case, as every match up to it has to be ranked.
 */
final class ResultWindows {
    /** The smallest window searched for: a first page also serves the next few. */
    static final int MIN_WINDOW = 100;
    /** Bounds the memory: about 4 bytes per remembered match. */
    private static final long MAX_REMEMBERED_MATCHES = 1_000_000;

    /**
     * @param docs  document numbers of the leading matches, in order, valid for the reader they came from
     * @param total the number of all matches
     */
    record Window(int[] docs, long total) {
        boolean covers(int needed) {
            return docs.length >= needed || docs.length == total;
        }
    }

    private final LinkedHashMap<SearchQuery, Window> windows = new LinkedHashMap<>(64, 0.75f, true);
    private Object readerKey;
    private long remembered;

    /** How many leading matches to rank for a page that ends at {@code needed}: at least that, in powers of two. */
    static int windowFor(int needed, int maxDoc) {
        int window = Math.max(MIN_WINDOW, Integer.highestOneBit(Math.max(needed - 1, 1)) << 1);
        return Math.min(Math.max(window, needed), Math.max(maxDoc, 1));
    }

    /** The window of the query (offset and limit left aside) if it was searched on this reader and reaches far enough. */
    synchronized Window find(Object reader, SearchQuery unpaged, int needed) {
        if (reader != readerKey) {
            return null;
        }
        Window window = windows.get(unpaged);
        return window != null && window.covers(needed) ? window : null;
    }

    synchronized void remember(Object reader, SearchQuery unpaged, Window window) {
        if (reader != readerKey) {
            windows.clear();
            remembered = 0;
            readerKey = reader;
        }
        Window replaced = windows.put(unpaged, window);
        remembered += window.docs().length - (replaced == null ? 0 : replaced.docs().length);
        Iterator<Map.Entry<SearchQuery, Window>> eldest = windows.entrySet().iterator();
        while (remembered > MAX_REMEMBERED_MATCHES && eldest.hasNext()) {
            remembered -= eldest.next().getValue().docs().length;
            eldest.remove();
        }
    }
}
