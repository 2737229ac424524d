package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.MagnoliaYaml;
import de.quartiersnetz.cms.modules.OptionDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/**
 * Chooses the widget of a property from its Magnolia 6 form field ({@code $type} of the app's merged field,
 * the inner {@code field} of a multi-value field) and, where the field says nothing more, from the model type.
 */
final class FieldWidgets {
    private FieldWidgets() {
    }

    static EditorField.Widget widget(ContentTypeDefinition type, PropertyDefinition property, Map<String, Object> formField,
                                     EditorTexts texts, String pickUrl) {
        Map<String, Object> single = singleField(formField);
        PropertyKind kind = type.kindOf(property);
        List<EditorField.Option> options = options(property, single, texts);
        String fieldType = MagnoliaYaml.typeOf(single).orElse("");
        String widget = switch (fieldType) {
            case "richTextField" -> "richText";
            case "checkBoxField", "checkboxField" -> "checkbox";
            case "dateField" -> Boolean.TRUE.equals(single.get("time")) || "true".equals(String.valueOf(single.get("time")))
                    ? "dateTime" : "date";
            case "comboBoxField", "selectField", "listSelectField" -> options.isEmpty() ? "text" : "select";
            case "radioButtonGroupField", "optionGroupField" -> options.isEmpty() ? "text" : "radio";
            case "linkField", "jcrLinkField", "pageLinkField" -> kind == PropertyKind.REFERENCE ? "reference" : "text";
            case "damLinkField" -> "reference";
            default -> byKind(kind, options, rows(single));
        };
        return new EditorField.Widget(widget, options, rows(single), integer(single.get("maxLength")),
                texts.module(single.get("placeholder"), null), Boolean.TRUE.equals(single.get("readOnly")),
                texts.module(single.get("buttonLabel"), null), !widget.equals("reference") ? null
                        : kind == PropertyKind.ASSET || fieldType.equals("damLinkField")
                        ? AssetsAppController.BASE + "/pick?field=" + fieldOf(pickUrl) : pickUrl);
    }

    /** The {@code field} parameter of the app's picker URL, reused by the asset picker. */
    private static String fieldOf(String pickUrl) {
        int at = pickUrl == null ? -1 : pickUrl.indexOf("field=");
        return at < 0 ? "" : pickUrl.substring(at + 6);
    }

    /** The field that edits one value: the {@code field} inside a multi-value field, else the field itself. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> singleField(Map<String, Object> formField) {
        String fieldType = MagnoliaYaml.typeOf(formField).orElse("");
        if ((fieldType.equals("jcrMultiValueField") || fieldType.equals("multiValueField")
                || fieldType.equals("jcrMultiField") || fieldType.equals("multiField"))
                && formField.get("field") instanceof Map<?, ?> inner) {
            return (Map<String, Object>) inner;
        }
        return formField;
    }

    /** The nested field definitions of a submodel's composite field, keyed by property name. */
    static Map<String, Map<String, Object>> subFields(Map<String, Object> formField) {
        Map<String, Map<String, Object>> fields = new java.util.LinkedHashMap<>();
        for (Map<String, Object> field : MagnoliaYaml.namedItems(singleField(formField).get("properties"))) {
            fields.put(String.valueOf(field.get("name")), field);
        }
        return fields;
    }

    private static String byKind(PropertyKind kind, List<EditorField.Option> options, int rows) {
        if (!options.isEmpty()) {
            return "select";
        }
        return switch (kind) {
            case BOOLEAN -> "checkbox";
            case LONG -> "integer";
            case DOUBLE, DECIMAL -> "decimal";
            case DATE -> "date";
            case RICH_TEXT -> "richText";
            case REFERENCE, ASSET -> "reference";
            default -> rows > 1 ? "textarea" : "text";
        };
    }

    private static List<EditorField.Option> options(PropertyDefinition property, Map<String, Object> field,
                                                    EditorTexts texts) {
        List<EditorField.Option> options = new ArrayList<>();
        Object datasource = field.get("datasource");
        if (datasource instanceof Map<?, ?> map && map.get("options") != null) {
            for (Map<String, Object> option : MagnoliaYaml.namedItems(map.get("options"))) {
                String value = String.valueOf(Optional.ofNullable(option.get("value")).orElse(option.get("name")));
                options.add(new EditorField.Option(value, texts.module(option.get("label"), value)));
            }
            return options;
        }
        for (OptionDefinition option : property.options()) {
            options.add(new EditorField.Option(option.value(), texts.module(option.label(), option.value())));
        }
        return options;
    }

    private static int rows(Map<String, Object> field) {
        Integer rows = integer(field.get("rows"));
        return rows == null ? 0 : rows;
    }

    private static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
