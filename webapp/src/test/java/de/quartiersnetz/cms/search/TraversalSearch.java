package de.quartiersnetz.cms.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * The naive answer to a {@link SearchQuery}: walk every node of the workspace, test each item against the
 * query's rules as written in the delivery API semantics, sort in memory. Written independently of the
 * index (no code shared with it) so that the contract test compares two readings of the same rules.
 * Full text is not covered: stemming cannot be traversed naively.
 */
final class TraversalSearch {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ContentRepository repository;
    private final Tree tree;

    TraversalSearch(ContentRepository repository, Tree tree) {
        this.repository = repository;
        this.tree = tree;
    }

    /** One typed value: a JCR type and its comparable form. */
    private record Typed(int type, String text, BigDecimal number, Long instant) {
    }

    private record Candidate(String path, String name, String identifier, List<String> ancestors, Node node) {
    }

    SearchHits search(SearchQuery query) {
        if (query.fullText() != null && !query.fullText().isBlank()) {
            throw new UnsupportedOperationException("full text is not traversable");
        }
        return repository.read(tree, "traverse", session -> {
            List<Candidate> matches = new ArrayList<>();
            String workspaceRoot = "/" + query.workspace();
            if (session.nodeExists(workspaceRoot)) {
                collect(session.getNode(workspaceRoot), workspaceRoot, query, matches);
            }
            List<Candidate> sorted = new ArrayList<>(matches);
            sorted.sort(comparator(query));
            List<String> page = new ArrayList<>();
            for (int i = query.offset(); i < sorted.size() && i < (long) query.offset() + query.limit(); i++) {
                page.add(sorted.get(i).path());
            }
            return new SearchHits(page, matches.size());
        });
    }

    private void collect(Node node, String workspaceRoot, SearchQuery query, List<Candidate> out) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            String path = child.getPath().substring(workspaceRoot.length());
            List<String> ancestors = new ArrayList<>();
            ancestors.add("/");
            for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                ancestors.add(path.substring(0, slash));
            }
            Candidate candidate = new Candidate(path, child.getName(), child.getIdentifier().toLowerCase(Locale.ROOT),
                    ancestors, child);
            if (isItem(child) && underRoot(path, query.rootPath()) && typeMatches(child, query)
                    && filtersMatch(candidate, query.filters())) {
                out.add(candidate);
            }
            collect(child, workspaceRoot, query, out);
        }
    }

    private static boolean isItem(Node node) throws RepositoryException {
        return node.isNodeType("mgnl:content") || node.isNodeType("mgnl:folder");
    }

    private static boolean underRoot(String path, String rootPath) {
        String root = rootPath.endsWith("/") ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
        return root.isEmpty() || path.startsWith(root + "/");
    }

    private static boolean typeMatches(Node node, SearchQuery query) throws RepositoryException {
        if (query.nodeTypes().isEmpty()) {
            return node.isNodeType("mgnl:content");
        }
        for (String type : query.nodeTypes()) {
            if (query.strictNodeTypes() ? node.getPrimaryNodeType().getName().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    private boolean filtersMatch(Candidate item, List<FieldFilter> filters) throws RepositoryException {
        for (FieldFilter filter : filters) {
            if (!matches(item, filter)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Candidate item, FieldFilter filter) throws RepositoryException {
        List<Typed> values = values(item, filter.property());
        switch (filter.operator()) {
            case NULL:
                return filter.values().get(0).equals("true") == values.isEmpty();
            case NE:
                return !anyAlternative(values, filter, Operator.EQ);
            case NOT_IN:
                return !anyAlternative(values, filter, Operator.IN);
            default:
                return anyAlternative(values, filter, filter.operator());
        }
    }

    private boolean anyAlternative(List<Typed> values, FieldFilter filter, Operator operator) {
        for (String alternative : filter.values()) {
            for (Typed value : values) {
                if (test(value, operator, alternative)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean test(Typed value, Operator operator, String given) {
        switch (operator) {
            case LIKE:
                return Pattern.compile(likeToRegex(given), Pattern.DOTALL).matcher(value.text()).matches();
            case IN: {
                int tilde = given.indexOf('~');
                String from = given.substring(0, tilde);
                String to = given.substring(tilde + 1);
                return (from.isEmpty() || compare(value, from, false) >= 0)
                        && (to.isEmpty() || compare(value, to, true) <= 0);
            }
            case EQ:
                if (value.instant() != null && given.length() == 10) {
                    long start = dayStart(given);
                    long end = dayStart(LocalDate.parse(given).plusDays(1).toString());
                    return value.instant() >= start && value.instant() < end;
                }
                return compare(value, given, false) == 0;
            case GT:
                return compare(value, given, false) > 0;
            case GTE:
                return compare(value, given, false) >= 0;
            case LT:
                return compare(value, given, false) < 0;
            case LTE:
                return compare(value, given, false) <= 0;
            default:
                throw new IllegalStateException(operator.toString());
        }
    }

    /** @param endOfDay a date-only value stands for the last instant of its day (upper end of a range) */
    private static int compare(Typed value, String given, boolean endOfDay) {
        if (value.instant() != null) {
            long other = given.length() == 10
                    ? (endOfDay ? dayStart(LocalDate.parse(given).plusDays(1).toString()) - 1 : dayStart(given))
                    : OffsetDateTime.parse(given).toInstant().toEpochMilli();
            return Long.compare(value.instant(), other);
        }
        if (value.number() != null) {
            return value.number().compareTo(new BigDecimal(given));
        }
        return compareCodePoints(value.text(), given);
    }

    private static long dayStart(String day) {
        return LocalDate.parse(day).atStartOfDay(BERLIN).toInstant().toEpochMilli();
    }

    private static String likeToRegex(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private List<Typed> values(Candidate item, String property) throws RepositoryException {
        List<Typed> out = new ArrayList<>();
        switch (property) {
            case "@name" -> out.add(text(item.name()));
            case "@path" -> out.add(text(item.path()));
            case "@ancestor" -> item.ancestors().forEach(ancestor -> out.add(text(ancestor)));
            case "@jcr:uuid", "@id" -> out.add(text(item.identifier()));
            default -> {
                if (item.node().hasProperty(property)) {
                    Property jcr = item.node().getProperty(property);
                    for (Value value : jcr.isMultiple() ? jcr.getValues() : new Value[] {jcr.getValue()}) {
                        out.add(typed(value));
                    }
                }
            }
        }
        return out;
    }

    private static Typed text(String value) {
        return new Typed(PropertyType.STRING, value, null, null);
    }

    private static Typed typed(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL ->
                    new Typed(value.getType(), value.getString(), value.getDecimal(), null);
            case PropertyType.DATE -> new Typed(value.getType(), value.getString(), null, value.getDate().getTimeInMillis());
            default -> text(value.getString());
        };
    }

    private Comparator<Candidate> comparator(SearchQuery query) {
        Comparator<Candidate> order = (a, b) -> 0;
        for (SortField key : query.orderBy()) {
            order = order.thenComparing((a, b) -> compareBy(key, a, b));
        }
        return order.thenComparing((a, b) -> compareCodePoints(a.path(), b.path()));
    }

    private int compareBy(SortField key, Candidate a, Candidate b) {
        try {
            Typed left = sortValue(values(a, key.property()), key.descending());
            Typed right = sortValue(values(b, key.property()), key.descending());
            if (left == null || right == null) {
                return left == right ? 0 : left == null ? 1 : -1;   // missing last, whatever the direction
            }
            int result = compareTyped(left, right);
            return key.descending() ? -result : result;
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Typed sortValue(List<Typed> values, boolean descending) {
        Typed chosen = null;
        for (Typed value : values) {
            if (chosen == null || (descending ? compareTyped(value, chosen) > 0 : compareTyped(value, chosen) < 0)) {
                chosen = value;
            }
        }
        return chosen;
    }

    private static int compareTyped(Typed a, Typed b) {
        if (a.instant() != null) {
            return Long.compare(a.instant(), b.instant());
        }
        if (a.number() != null) {
            return a.number().compareTo(b.number());
        }
        return compareCodePoints(a.text(), b.text());
    }

    /** Lucene orders terms by UTF-8 bytes, which is code point order (Java's compareTo uses UTF-16 units). */
    private static int compareCodePoints(String a, String b) {
        int[] left = a.codePoints().toArray();
        int[] right = b.codePoints().toArray();
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (left[i] != right[i]) {
                return Integer.compare(left[i], right[i]);
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
