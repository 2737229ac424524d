package de.quartiersnetz.cms.search;

import java.util.List;
import java.util.Objects;

/**
 * One filter of a query; the filters of a {@link SearchQuery} are combined with AND.
 *
 * @param property a stored property name, or {@code @name}, {@code @ancestor} (value: a workspace-relative
 *                 path; matches its descendants), {@code @parent} (value: a workspace-relative path; matches
 *                 its children), {@code @jcr:uuid} (also {@code @id}), {@code @path} or {@code @status}
 *                 ({@code new}, {@code modified}, {@code published}: see {@code ActivationStatus})
 * @param values   OR alternatives ({@code a|b} already split). For {@link Operator#IN} and
 *                 {@link Operator#NOT_IN} each alternative is a range {@code from~to} (inclusive, either side
 *                 may be empty). For {@link Operator#NULL} the single value is {@code true} (property absent)
 *                 or {@code false} (present).
 */
public record FieldFilter(String property, Operator operator, List<String> values) {
    public FieldFilter {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
    }

    public static FieldFilter of(String property, Operator operator, String... values) {
        return new FieldFilter(property, operator, List.of(values));
    }

    /** {@code property[operator]=values} as in a query string, for messages. */
    String describe() {
        return property + "[" + operator.magnoliaName() + "]";
    }
}
