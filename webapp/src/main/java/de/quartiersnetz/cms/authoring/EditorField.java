package de.quartiersnetz.cms.authoring;

import java.util.List;

/**
 * One field of the editor form as the template shows it.
 *
 * @param kind      {@code value} (one value per language), {@code values} (a list per language), {@code group}
 *                  (a single submodel) or {@code groups} (a list of submodel entries)
 * @param name      the parameter name of the field ({@code title}, {@code links}, {@code links[0].title})
 * @param id        the HTML id of the field's first control, the target of the error summary's link
 * @param errors    messages that concern the field as a whole (e.g. a required list)
 * @param addAction for {@code groups}: the action of the add button
 */
public record EditorField(String kind, String name, String id, String label, String description, boolean required,
                   Widget widget, List<Variant> variants, List<Group> groups, String addAction, boolean focusAdd,
                   List<String> errors) {

    /**
     * How a value is edited.
     *
     * @param type    text, textarea, richText, checkbox, integer, decimal, date, dateTime, select, radio, reference
     * @param pickUrl for references: the search endpoint, without the query
     */
    public record Widget(String type, List<Option> options, int rows, Integer maxLength, String placeholder, boolean readOnly,
                  String checkboxLabel, String pickUrl) {
    }

    public record Option(String value, String label) {
    }

    /**
     * The field in one content language (or the only variant of a field without languages).
     *
     * @param lang the HTML {@code lang} of the inputs when it differs from the page's, else {@code null}
     */
    public record Variant(String language, String lang, String label, String name, String id, List<Entry> entries,
                   String addAction, boolean focusAdd, List<String> errors) {
    }

    /**
     * One value: the only one of a single field or one of a list.
     *
     * @param display for references: the title of the item the value refers to
     */
    public record Entry(String name, String id, String value, String display, List<String> errors, int index, int count,
                 boolean focus) {
        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == count - 1;
        }
    }

    /** One submodel entry: its own fields, named below {@code name}. */
    public record Group(String legend, String name, String id, List<EditorField> fields, List<String> errors, int index,
                 int count, boolean focus) {
        public boolean first() {
            return index == 0;
        }

        public boolean last() {
            return index == count - 1;
        }
    }
}
