package de.quartiersnetz.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField.Type;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.SortedSetSortField;

import de.quartiersnetz.cms.search.PropertyKinds.Kind;

/**
 * Turns {@code orderBy} into a Lucene sort. Each key sorts by the kind the property has in the index (dates,
 * then numbers, then strings when a property mixes kinds); multi-value properties sort by their smallest
 * value ascending and their largest descending; items without the property come last in both directions;
 * the path breaks ties so that paging is stable.
 */
final class SortKeys {
    private static final org.apache.lucene.search.SortField BY_PATH =
            new org.apache.lucene.search.SortField(IndexFields.PATH, Type.STRING);

    private SortKeys() {
    }

    static Sort of(List<SortField> orderBy, boolean relevance, PropertyKinds kinds) {
        List<org.apache.lucene.search.SortField> fields = new ArrayList<>();
        if (orderBy.isEmpty() && relevance) {
            fields.add(org.apache.lucene.search.SortField.FIELD_SCORE);
        }
        for (SortField key : orderBy) {
            org.apache.lucene.search.SortField field = field(key, kinds);
            if (field != null) {
                fields.add(field);
            }
        }
        fields.add(BY_PATH);
        return new Sort(fields.toArray(org.apache.lucene.search.SortField[]::new));
    }

    /** {@code null} for a property no item has: every item lacks it, so it cannot change the order. */
    private static org.apache.lucene.search.SortField field(SortField key, PropertyKinds kinds) {
        String property = key.property();
        boolean desc = key.descending();
        switch (property) {
            case "@name":
                return new org.apache.lucene.search.SortField(IndexFields.NAME, Type.STRING, desc);
            case "@path":
                return new org.apache.lucene.search.SortField(IndexFields.PATH, Type.STRING, desc);
            case "@jcr:uuid", "@id":
                return new org.apache.lucene.search.SortField(IndexFields.UUID, Type.STRING, desc);
            case "@status":
                return new org.apache.lucene.search.SortField(IndexFields.STATUS, Type.STRING, desc);
            default:
                if (property.isBlank() || property.startsWith("@")) {
                    throw new IllegalArgumentException("cannot order by '" + property
                            + "' (a property name, or one of @name, @path, @jcr:uuid, @status)");
                }
        }
        Set<Kind> seen = kinds.of(property);
        if (seen.contains(Kind.DATE)) {
            return numeric(IndexFields.dates(property), Type.LONG, desc);
        }
        if (seen.contains(Kind.DOUBLE)) {
            return numeric(IndexFields.doubles(property), Type.DOUBLE, desc);
        }
        if (seen.contains(Kind.LONG)) {
            return numeric(IndexFields.longs(property), Type.LONG, desc);
        }
        if (seen.contains(Kind.STRING)) {
            SortedSetSortField field = new SortedSetSortField(IndexFields.stringSort(property), desc,
                    desc ? SortedSetSelector.Type.MAX : SortedSetSelector.Type.MIN);
            // Reversing a sort also reverses where missing values go, so "first" is last when descending.
            field.setMissingValue(desc ? org.apache.lucene.search.SortField.STRING_FIRST
                    : org.apache.lucene.search.SortField.STRING_LAST);
            return field;
        }
        return null;
    }

    private static org.apache.lucene.search.SortField numeric(String field, Type type, boolean desc) {
        SortedNumericSortField sort = new SortedNumericSortField(field, type, desc,
                desc ? SortedNumericSelector.Type.MAX : SortedNumericSelector.Type.MIN);
        if (type == Type.DOUBLE) {
            sort.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        } else {
            sort.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        return sort;
    }
}
