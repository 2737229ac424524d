package de.quartiersnetz.cms.search;

import java.util.Objects;

/**
 * One key of {@link SearchQuery#orderBy()}.
 *
 * @param property {@code @name}, {@code @path}, {@code @status}, or any stored property such as {@code mgnl:lastModified};
 *                 strings sort case-sensitively by code point, numbers and dates by value; items without
 *                 the property come last in both directions
 */
public record SortField(String property, boolean descending) {
    public SortField {
        Objects.requireNonNull(property, "property");
    }

    public static SortField asc(String property) {
        return new SortField(property, false);
    }

    public static SortField desc(String property) {
        return new SortField(property, true);
    }
}
