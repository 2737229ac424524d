package de.quartiersnetz.cms.search;

import java.util.EnumSet;
import java.util.Set;

import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * Which value kinds a property has in the index, read from the field infos of one reader: a property that
 * holds dates in some items and strings in others has both kinds, and filters try each.
 */
final class PropertyKinds {
    enum Kind { STRING, LONG, DOUBLE, DATE }

    private final FieldInfos infos;

    private PropertyKinds(FieldInfos infos) {
        this.infos = infos;
    }

    static PropertyKinds of(IndexReader reader) {
        return new PropertyKinds(FieldInfos.getMergedFieldInfos(reader));
    }

    /** The kinds seen for the property; empty when no item has it. */
    Set<Kind> of(String property) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (has(IndexFields.string(property))) {
            kinds.add(Kind.STRING);
        }
        if (has(IndexFields.longs(property))) {
            kinds.add(Kind.LONG);
        }
        if (has(IndexFields.doubles(property))) {
            kinds.add(Kind.DOUBLE);
        }
        if (has(IndexFields.dates(property))) {
            kinds.add(Kind.DATE);
        }
        return kinds;
    }

    private boolean has(String field) {
        return infos.fieldInfo(field) != null;
    }
}
