package de.quartiersnetz.cms.rendering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.ContentIndexes;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SearchQuery;
import de.quartiersnetz.cms.search.Snippets;
import de.quartiersnetz.cms.search.SortField;

/**
 * {@code searchfn}: content items of any workspace for lists in templates, from the search index of the tree
 * being rendered (the live index on the public site, so only published items are listed).
 */
public final class SearchFunctions {
    static final int MAX_LIMIT = 500;
    private final RenderContext context;
    private final ContentIndexes indexes;
    private final TemplatingFunctions cmsfn;

    private final List<String> searchedWorkspaces;

    SearchFunctions(RenderContext context, ContentIndexes indexes, List<String> searchedWorkspaces) {
        this.context = context;
        this.indexes = indexes;
        this.cmsfn = new TemplatingFunctions(context);
        this.searchedWorkspaces = searchedWorkspaces;
    }

    /** One hit of {@link #fullText}: link, title, workspace and a snippet with the matches in {@code <mark>}. */
    public record Hit(String url, String title, String workspace, TemplateHTMLOutputModel snippet, ContentMap content) {
    }

    /**
     * Full-text search (German stemming) over the site's content: the items of every workspace that has detail
     * pages, and the pages. Only hits that have a URL on the site are returned.
     */
    public List<Hit> fullText(String q, Number limit) throws TemplateModelException {
        int max = Math.max(1, Math.min(MAX_LIMIT, limit == null ? 50 : limit.intValue()));
        Snippets snippets = new Snippets(q);
        List<Hit> hits = new ArrayList<>();
        for (String workspace : searchedWorkspaces) {
            SearchQuery query = SearchQuery.in(workspace).fullText(q).limit(max).build();
            if (workspace.equals(PageRenderer.WEBSITE)) {
                query = SearchQuery.in(workspace).nodeTypes("mgnl:page").fullText(q).limit(max).build();
            }
            for (String path : index().search(query).paths()) {
                try {
                    String absolute = WorkspacePaths.absolute(workspace, path);
                    if (!context.session().nodeExists(absolute)) {
                        continue;
                    }
                    Node node = context.session().getNode(absolute);
                    String url = context.links().link(node);
                    if (url == null) {
                        continue;
                    }
                    ContentMap map = cmsfn.map(node);
                    Object title = map.get("title");
                    String snippet = snippets.highlight(PlainText.of(node, context), 2, 160);
                    hits.add(new Hit(url, title == null ? node.getName() : title.toString(), workspace,
                            HTMLOutputFormat.INSTANCE.fromMarkup(snippet), map));
                } catch (RepositoryException e) {
                    // gone meanwhile
                }
                if (hits.size() >= max) {
                    return hits;
                }
            }
        }
        return hits;
    }

    private ContentIndex index() {
        return context.tree() == Tree.LIVE ? indexes.live() : indexes.author();
    }

    public List<ContentMap> items(String workspace) {
        return items(workspace, Map.of(), null, MAX_LIMIT);
    }

    public List<ContentMap> items(String workspace, Map<String, Object> filters) {
        return items(workspace, filters, null, MAX_LIMIT);
    }

    public List<ContentMap> items(String workspace, Map<String, Object> filters, String orderBy) {
        return items(workspace, filters, orderBy, MAX_LIMIT);
    }

    /**
     * Items of the workspace. {@code filters}: property → value (equals), a list of values (any of them; the special properties @name, @id, @path of the index work too), or a
     * value starting with {@code >=}, {@code <=}, {@code >}, {@code <} (dates {@code yyyy-MM-dd}, numbers); the
     * key {@code @fullText} searches the German full text. {@code orderBy}: {@code "date desc, title"}.
     * Empty filter values are ignored, so a form's unset fields filter nothing.
     */
    public List<ContentMap> items(String workspace, Map<String, Object> filters, String orderBy, Number limit) {
        SearchQuery.Builder query = SearchQuery.in(workspace)
                .limit(Math.max(0, Math.min(MAX_LIMIT, limit == null ? MAX_LIMIT : limit.intValue())));
        if (filters != null) {
            for (Map.Entry<String, Object> filter : filters.entrySet()) {
                addFilter(query, filter.getKey(), filter.getValue());
            }
        }
        if (orderBy != null && !orderBy.isBlank()) {
            List<SortField> keys = new ArrayList<>();
            for (String key : orderBy.split(",")) {
                String[] parts = key.strip().split("\\s+");
                if (!parts[0].isEmpty()) {
                    keys.add(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? SortField.desc(parts[0])
                            : SortField.asc(parts[0]));
                }
            }
            query.orderBy(keys.toArray(SortField[]::new));
        }
        List<ContentMap> out = new ArrayList<>();
        for (String path : index().search(query.build()).paths()) {
            try {
                String absolute = WorkspacePaths.absolute(workspace, path);
                if (context.session().nodeExists(absolute)) {
                    out.add(cmsfn.map(context.session().getNode(absolute)));
                }
            } catch (RepositoryException e) {
                // the index may briefly list an item already gone
            }
        }
        return out;
    }

    private static void addFilter(SearchQuery.Builder query, String property, Object value) {
        if (value == null) {
            return;
        }
        if (property.equals("@fullText")) {
            if (!value.toString().isBlank()) {
                query.fullText(value.toString());
            }
            return;
        }
        if (value instanceof Collection<?> values) {
            List<String> texts = values.stream().filter(v -> v != null && !v.toString().isBlank())
                    .map(Object::toString).toList();
            if (!texts.isEmpty()) {
                query.filter(property, Operator.EQ, texts.toArray(String[]::new));
            }
            return;
        }
        if (value instanceof ContentMap map) {
            Object id = map.get("@id");
            if (id != null) {
                query.filter(property, Operator.EQ, id.toString());
            }
            return;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return;
        }
        for (String prefix : List.of(">=", "<=", ">", "<", "!=")) {
            if (text.startsWith(prefix)) {
                Operator operator = switch (prefix) {
                    case ">=" -> Operator.GTE;
                    case "<=" -> Operator.LTE;
                    case ">" -> Operator.GT;
                    case "<" -> Operator.LT;
                    default -> Operator.NE;
                };
                query.filter(property, operator, text.substring(prefix.length()).strip());
                return;
            }
        }
        query.filter(property, Operator.EQ, text);
    }

    /** The distinct values of a property over the workspace's items, sorted (for filter forms). */
    public List<String> values(String workspace, String property) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ContentMap item : items(workspace, Map.of(), null, MAX_LIMIT)) {
            Object value = item.get(property);
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(String.valueOf(v)));
            } else if (value != null && !value.toString().isBlank()) {
                values.add(value.toString());
            }
        }
        return new ArrayList<>(values);
    }
}
