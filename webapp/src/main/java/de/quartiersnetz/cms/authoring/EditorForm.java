package de.quartiersnetz.cms.authoring;

import java.util.List;

/**
 * The editor form of one item: its fields in model order and every error message with a link to its field.
 *
 * @param nameErrors messages about the new item's name ({@code @name})
 */
public record EditorForm(List<EditorField> fields, List<ErrorLink> errorSummary, List<String> nameErrors) {

    /** @param target the id of the control the message is about, or {@code null} */
    public record ErrorLink(String message, String target) {
    }

    public boolean hasErrors() {
        return !errorSummary.isEmpty();
    }
}
