package de.quartiersnetz.cms.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.PropertyKinds.Kind;

/**
 * Turns one {@link FieldFilter} into a Lucene query. A value is compared in the kind the property has in the
 * index: numbers numerically, dates as instants, everything else as exact, case-sensitive strings. Any value
 * of a multi-value property may match; {@code ne} and {@code not-in} match items where no value matches,
 * including items without the property.
 */
final class FilterQueries {
    static final int MAX_ALTERNATIVES = 100;

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final PropertyKinds kinds;

    FilterQueries(PropertyKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * Where a filter looks: the exact-string field, the field for {@code like} on non-string values, the
     * presence marker ({@code null}: every item has it) and how a value is normalised.
     */
    private record Target(String property, String stringField, String rawField, String presence, Set<Kind> kinds,
                          UnaryOperator<String> normalise) {
    }

    Query build(FieldFilter filter) {
        List<String> values = filter.values();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("'" + filter.describe() + "' needs a value");
        }
        if (values.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("'" + filter.describe() + "' has " + values.size()
                    + " alternatives; at most " + MAX_ALTERNATIVES + " are allowed");
        }
        Target target = target(filter.property());
        return switch (filter.operator()) {
            case EQ -> anyOf(values, value -> equal(target, value));
            case NE -> not(anyOf(values, value -> equal(target, value)));
            case GT, GTE, LT, LTE -> anyOf(values, value -> compare(target, filter.operator(), value));
            case LIKE -> anyOf(values, value -> like(target, value));
            case IN -> anyOf(values, value -> between(target, filter, value));
            case NOT_IN -> not(anyOf(values, value -> between(target, filter, value)));
            case NULL -> isNull(target, filter);
        };
    }

    private Target target(String property) {
        if (property.isBlank()) {
            throw new IllegalArgumentException("a filter needs a property name");
        }
        return switch (property) {
            case "@name" -> special(property, IndexFields.NAME, UnaryOperator.identity());
            case "@path" -> special(property, IndexFields.PATH, WorkspacePaths::normalise);
            case "@ancestor" -> special(property, IndexFields.ANCESTORS, WorkspacePaths::normalise);
            case "@parent" -> special(property, IndexFields.PARENT, WorkspacePaths::normalise);
            case "@status" -> special(property, IndexFields.STATUS, value -> ActivationStatus.fromKey(value).key());
            case "@jcr:uuid", "@id" -> special(property, IndexFields.UUID, value -> value.toLowerCase(Locale.ROOT));
            default -> {
                if (property.startsWith("@")) {
                    throw new IllegalArgumentException("unknown filter property '" + property
                            + "' (special properties: @name, @path, @ancestor, @parent, @jcr:uuid, @status)");
                }
                Set<Kind> seen = kinds.of(property);
                yield new Target(property, IndexFields.string(property), IndexFields.raw(property), property,
                        seen.isEmpty() ? EnumSet.of(Kind.STRING) : seen, UnaryOperator.identity());
            }
        };
    }

    private static Target special(String property, String field, UnaryOperator<String> normalise) {
        return new Target(property, field, null, null, EnumSet.of(Kind.STRING), normalise);
    }

    private static Query equal(Target target, String value) {
        return perKind(target, kind -> switch (kind) {
            case STRING -> new TermQuery(new Term(target.stringField(), target.normalise().apply(value)));
            case LONG -> equalLong(target, FilterValues.number(target.property(), value));
            case DOUBLE -> DoubleField.newExactQuery(IndexFields.doubles(target.property()),
                    FilterValues.number(target.property(), value).doubleValue());
            case DATE -> {
                FilterValues.Instant at = FilterValues.date(target.property(), value);
                yield LongField.newRangeQuery(IndexFields.dates(target.property()), at.start(), at.end() - 1);
            }
        });
    }

    private static Query compare(Target target, Operator operator, String value) {
        boolean lower = operator == Operator.GT || operator == Operator.GTE;
        boolean inclusive = operator == Operator.GTE || operator == Operator.LTE;
        return perKind(target, kind -> switch (kind) {
            case STRING -> {
                String term = target.normalise().apply(value);
                yield lower ? TermRangeQuery.newStringRange(target.stringField(), term, null, inclusive, true)
                        : TermRangeQuery.newStringRange(target.stringField(), null, term, true, inclusive);
            }
            case LONG -> {
                BigDecimal number = FilterValues.number(target.property(), value);
                yield lower ? longRange(target, longBound(number, true, inclusive), null)
                        : longRange(target, null, longBound(number, false, inclusive));
            }
            case DOUBLE -> {
                double number = FilterValues.number(target.property(), value).doubleValue();
                String field = IndexFields.doubles(target.property());
                yield lower ? DoubleField.newRangeQuery(field, inclusive ? number : Math.nextUp(number), Double.POSITIVE_INFINITY)
                        : DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, inclusive ? number : Math.nextDown(number));
            }
            case DATE -> {
                long start = FilterValues.date(target.property(), value).start();
                String field = IndexFields.dates(target.property());
                yield lower ? LongField.newRangeQuery(field, inclusive ? start : start + 1, Long.MAX_VALUE)
                        : LongField.newRangeQuery(field, Long.MIN_VALUE, inclusive ? start : start - 1);
            }
        });
    }

    /** {@code from~to}, both ends inclusive (a date-only {@code to} includes its whole day); an empty end is open. */
    private static Query between(Target target, FieldFilter filter, String range) {
        int tilde = range.indexOf('~');
        if (tilde < 0) {
            throw new IllegalArgumentException("'" + filter.describe() + "': '" + range
                    + "' is not a range (from~to, e.g. 2015-01-01~2015-12-31)");
        }
        String from = range.substring(0, tilde).strip();
        String to = range.substring(tilde + 1).strip();
        if (from.isEmpty() && to.isEmpty()) {
            return target.presence() == null ? new MatchAllDocsQuery()
                    : new TermQuery(new Term(IndexFields.HAS, target.presence()));
        }
        return perKind(target, kind -> switch (kind) {
            case STRING -> TermRangeQuery.newStringRange(target.stringField(),
                    from.isEmpty() ? null : target.normalise().apply(from),
                    to.isEmpty() ? null : target.normalise().apply(to), true, true);
            case LONG -> longRange(target,
                    from.isEmpty() ? null : longBound(FilterValues.number(target.property(), from), true, true),
                    to.isEmpty() ? null : longBound(FilterValues.number(target.property(), to), false, true));
            case DOUBLE -> DoubleField.newRangeQuery(IndexFields.doubles(target.property()),
                    from.isEmpty() ? Double.NEGATIVE_INFINITY : FilterValues.number(target.property(), from).doubleValue(),
                    to.isEmpty() ? Double.POSITIVE_INFINITY : FilterValues.number(target.property(), to).doubleValue());
            case DATE -> {
                long low = from.isEmpty() ? Long.MIN_VALUE : FilterValues.date(target.property(), from).start();
                long high = Long.MAX_VALUE;
                if (!to.isEmpty()) {
                    FilterValues.Instant end = FilterValues.date(target.property(), to);
                    high = end.dateOnly() ? end.end() - 1 : end.start();
                }
                yield LongField.newRangeQuery(IndexFields.dates(target.property()), low, high);
            }
        });
    }

    /** SQL {@code LIKE}: {@code %} any run, {@code _} one character, {@code \} escapes the next character. */
    private static Query like(Target target, String pattern) {
        String wildcard = toWildcard(pattern);
        List<Query> queries = new ArrayList<>();
        try {
            queries.add(new WildcardQuery(new Term(target.stringField(), wildcard)));
            if (target.rawField() != null && !target.kinds().equals(EnumSet.of(Kind.STRING))) {
                queries.add(new WildcardQuery(new Term(target.rawField(), wildcard)));
            }
        } catch (TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("'" + target.property() + "[like]': the pattern '" + pattern
                    + "' is too complex; use fewer % and _");
        }
        return or(queries);
    }

    static String toWildcard(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                c = pattern.charAt(++i);
                appendLiteral(out, c);
            } else if (c == '%') {
                out.append('*');
            } else if (c == '_') {
                out.append('?');
            } else {
                appendLiteral(out, c);
            }
        }
        return out.toString();
    }

    private static void appendLiteral(StringBuilder out, char c) {
        if (c == '*' || c == '?' || c == '\\') {
            out.append('\\');
        }
        out.append(c);
    }

    private static Query isNull(Target target, FieldFilter filter) {
        String value = filter.values().size() == 1 ? filter.values().get(0).strip().toLowerCase(Locale.ROOT) : "";
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("'" + filter.describe() + "' takes true (property absent) or false"
                    + " (property present), not '" + String.join("|", filter.values()) + "'");
        }
        Query present = target.presence() == null ? new MatchAllDocsQuery()
                : new TermQuery(new Term(IndexFields.HAS, target.presence()));
        return value.equals("true") ? not(present) : present;
    }

    /**
     * Builds the query for every kind the property has; a value that does not parse as one kind is skipped for
     * it, and only when it parses as none the first parse error reaches the user.
     */
    private static Query perKind(Target target, Function<Kind, Query> build) {
        List<Query> queries = new ArrayList<>();
        IllegalArgumentException firstError = null;
        for (Kind kind : target.kinds()) {
            try {
                queries.add(build.apply(kind));
            } catch (IllegalArgumentException e) {
                firstError = firstError == null ? e : firstError;
            }
        }
        if (queries.isEmpty()) {
            throw firstError;
        }
        return or(queries);
    }

    private static Query anyOf(List<String> values, Function<String, Query> build) {
        List<Query> queries = new ArrayList<>();
        for (String value : values) {
            queries.add(build.apply(value));
        }
        return or(queries);
    }

    private static Query or(List<Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    static Query not(Query query) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(query, Occur.MUST_NOT)
                .build();
    }

    // Long properties compared with a decimal filter value: x > 3.5 is x >= 4, x <= 3.5 is x <= 3, x = 3.5 is none.

    private static Query equalLong(Target target, BigDecimal number) {
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
            return new MatchNoDocsQuery("not a whole number in the range of a long");
        }
        return LongField.newExactQuery(IndexFields.longs(target.property()), number.longValueExact());
    }

    private static BigDecimal longBound(BigDecimal number, boolean lower, boolean inclusive) {
        if (lower) {
            BigDecimal ceil = number.setScale(0, RoundingMode.CEILING);
            return !inclusive && ceil.compareTo(number) == 0 ? ceil.add(BigDecimal.ONE) : ceil;
        }
        BigDecimal floor = number.setScale(0, RoundingMode.FLOOR);
        return !inclusive && floor.compareTo(number) == 0 ? floor.subtract(BigDecimal.ONE) : floor;
    }

    private static Query longRange(Target target, BigDecimal low, BigDecimal high) {
        BigDecimal from = low == null ? LONG_MIN : low.max(LONG_MIN);
        BigDecimal to = high == null ? LONG_MAX : high.min(LONG_MAX);
        if (from.compareTo(to) > 0) {
            return new MatchNoDocsQuery("empty range");
        }
        return LongField.newRangeQuery(IndexFields.longs(target.property()), from.longValueExact(), to.longValueExact());
    }
}
