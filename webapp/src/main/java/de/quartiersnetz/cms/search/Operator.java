package de.quartiersnetz.cms.search;

import java.util.Locale;

/** Filter operators of Magnolia's delivery endpoint v2: {@code eq ne gt lt gte lte like in not-in null}. */
public enum Operator {
    EQ, NE, GT, LT, GTE, LTE, LIKE, IN, NOT_IN, NULL;

    /** The name used in a query string, e.g. {@code not-in}. */
    public String magnoliaName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code eq}, {@code not-in}, … (case-insensitive); throws with the list of known operators. */
    public static Operator fromMagnoliaName(String name) {
        for (Operator operator : values()) {
            if (operator.magnoliaName().equalsIgnoreCase(name)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown filter operator '" + name
                + "' (one of eq, ne, gt, lt, gte, lte, like, in, not-in, null)");
    }
}
