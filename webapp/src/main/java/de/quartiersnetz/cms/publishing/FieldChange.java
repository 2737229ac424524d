package de.quartiersnetz.cms.publishing;

import java.util.List;

/**
 * One field that differs between a version and the current draft of an item.
 *
 * @param field     the field path as validation errors name it: {@code title}, {@code title_en},
 *                  {@code address.street}, {@code offers[1].title}
 * @param labelKeys the labels (i18n keys or literal text, as the model writes them) from the outermost field in,
 *                  e.g. the offers' label, then the offer title's label
 * @param language  the language of an i18n variant ({@code en} for {@code title_en}); null for the default language
 *                  and for fields that are not translated
 * @param before    the values in the version; empty when the field had none
 * @param after     the values in the current draft; empty when it has none
 */
public record FieldChange(String field, List<String> labelKeys, String language, Kind kind, List<String> before,
                          List<String> after) {

    public enum Kind {
        /** Empty in the version, filled in the draft. */
        ADDED,
        /** Filled in the version, empty in the draft. */
        REMOVED,
        CHANGED
    }

    public FieldChange {
        labelKeys = List.copyOf(labelKeys);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
