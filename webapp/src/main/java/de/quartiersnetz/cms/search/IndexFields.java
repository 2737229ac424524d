package de.quartiersnetz.cms.search;

import java.nio.charset.StandardCharsets;

/**
 * The index schema. Item-level fields start with {@code _}; a stored property {@code p} is spread over fields
 * named {@code <kind>.p} so that each kind keeps one Lucene field type: {@code s.p} exact string values
 * (plus {@code ss.p} doc values to sort), {@code l.p} longs, {@code f.p} doubles and decimals,
 * {@code d.p} dates as epoch milliseconds (all three with doc values), {@code r.p} the JCR string form of
 * non-string values (for {@code like}). Which kinds a property has is read back from the index's field infos.
 */
final class IndexFields {
    /** Bump when the document layout changes: an index with another version is emptied on open. */
    static final String SCHEMA_VERSION = "2";

    static final String KEY = "_key";               // absolute repository path, unique
    static final String WORKSPACE = "_ws";
    static final String PATH = "_path";             // workspace-relative, stored, sorted
    static final String PARENT = "_parent";
    static final String ANCESTORS = "_anc";         // every ancestor path, "/" included, the item itself not
    static final String NAME = "_name";
    static final String UUID = "_uuid";
    static final String PRIMARY_TYPE = "_type";
    static final String TYPES = "_types";           // primary type, mixins and all their supertypes
    static final String HAS = "_has";               // names of the properties the item has
    static final String TEXT = "_text";             // German full text of the item and its sub-nodes
    static final String STATUS = "_status";         // ActivationStatus key: new, modified, published (sorted)

    static final String ITEM_TYPE = "mgnl:content";
    static final String FOLDER_TYPE = "mgnl:folder";

    /** Lucene's hard limit for one term is 32766 UTF-8 bytes; longer values are cut for exact matching. */
    static final int MAX_KEYWORD_BYTES = 32_000;
    /** Sorting needs only a prefix; keeps doc values small for long rich text. */
    static final int MAX_SORT_BYTES = 1024;

    private IndexFields() {
    }

    static String string(String property) {
        return "s." + property;
    }

    static String stringSort(String property) {
        return "ss." + property;
    }

    static String longs(String property) {
        return "l." + property;
    }

    static String doubles(String property) {
        return "f." + property;
    }

    static String dates(String property) {
        return "d." + property;
    }

    static String raw(String property) {
        return "r." + property;
    }

    /** Cuts {@code value} to at most {@code maxBytes} UTF-8 bytes without splitting a character. */
    static String truncateUtf8(String value, int maxBytes) {
        if (value.length() * 3 <= maxBytes || value.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return value;
        }
        int bytes = 0;
        int end = 0;
        while (end < value.length()) {
            int codePoint = value.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return value.substring(0, end);
    }
}
