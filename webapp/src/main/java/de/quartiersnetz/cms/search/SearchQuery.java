package de.quartiersnetz.cms.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A query against one workspace of the index.
 *
 * @param workspace       the workspace to search
 * @param rootPath        workspace-relative; results are its descendants (the root itself is excluded);
 *                        {@code null} or {@code /} for the whole workspace
 * @param nodeTypes       result node types; empty means any item ({@code mgnl:content} and its subtypes, so
 *                        no folders)
 * @param strictNodeTypes true: only the exact node types; false: subtypes (and mixins) match too
 * @param filters         combined with AND
 * @param fullText        German full text over the item's text and its sub-nodes' text; {@code null} or blank
 *                        for none
 * @param orderBy         sort keys; empty means relevance when there is full text, else path order
 * @param offset          number of leading matches to skip, {@code >= 0}
 * @param limit           page size, {@code >= 0} (0 only counts)
 */
public record SearchQuery(String workspace, String rootPath, List<String> nodeTypes, boolean strictNodeTypes,
                          List<FieldFilter> filters, String fullText, List<SortField> orderBy,
                          int offset, int limit) {
    public SearchQuery {
        Objects.requireNonNull(workspace, "workspace");
        rootPath = rootPath == null ? "/" : rootPath;
        nodeTypes = nodeTypes == null ? List.of() : List.copyOf(nodeTypes);
        filters = filters == null ? List.of() : List.copyOf(filters);
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    /** The same query without paging: what its pages have in common. */
    public SearchQuery unpaged() {
        return new SearchQuery(workspace, rootPath, nodeTypes, strictNodeTypes, filters, fullText, orderBy, 0, 0);
    }

    /** Starts a query on the workspace: whole workspace, any item, no filters, offset 0, limit 10. */
    public static Builder in(String workspace) {
        return new Builder(workspace);
    }

    public static final class Builder {
        private final String workspace;
        private String rootPath = "/";
        private final List<String> nodeTypes = new ArrayList<>();
        private boolean strict;
        private final List<FieldFilter> filters = new ArrayList<>();
        private String fullText;
        private final List<SortField> orderBy = new ArrayList<>();
        private int offset;
        private int limit = 10;

        private Builder(String workspace) {
            this.workspace = workspace;
        }

        public Builder rootPath(String path) {
            this.rootPath = path;
            return this;
        }

        public Builder nodeTypes(String... types) {
            nodeTypes.addAll(Arrays.asList(types));
            return this;
        }

        public Builder strictNodeTypes(boolean strictTypes) {
            this.strict = strictTypes;
            return this;
        }

        public Builder filter(String property, Operator operator, String... values) {
            filters.add(FieldFilter.of(property, operator, values));
            return this;
        }

        public Builder fullText(String text) {
            this.fullText = text;
            return this;
        }

        public Builder orderBy(SortField... keys) {
            orderBy.addAll(Arrays.asList(keys));
            return this;
        }

        public Builder offset(int first) {
            this.offset = first;
            return this;
        }

        public Builder limit(int size) {
            this.limit = size;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(workspace, rootPath, nodeTypes, strict, filters, fullText, orderBy, offset, limit);
        }
    }
}
