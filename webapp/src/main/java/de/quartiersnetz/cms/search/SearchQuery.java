package de.quartiersnetz.cms.search;

import java.util.List;

public record SearchQuery(String workspace, String rootPath, List<String> nodeTypes, boolean strictNodeTypes,
                          List<FieldFilter> filters, String fullText, List<SortField> orderBy, int offset, int limit) {
}
