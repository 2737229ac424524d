package de.quartiersnetz.cms.search;

import java.util.List;

/**
 * @param paths workspace-relative paths of the requested page of results, in order
 * @param total the number of all matches, regardless of offset and limit
 */
public record SearchHits(List<String> paths, long total) {
    public SearchHits {
        paths = List.copyOf(paths);
    }
}
