package de.quartiersnetz.cms.authoring;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.FieldError;
import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.MagnoliaYaml;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/**
 * Builds the editor form of one item from its content type, the app's form fields and the values to show
 * (as read, or as submitted), and puts every validation error next to the control it concerns.
 */
final class EditorFormBuilder {
    static final String NAME_FIELD = "@name";
    private static final ZoneId EDITORIAL_ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Pattern JCR_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    private final ContentTypeDefinition type;
    private final AppDefinition app;
    private final ContentLanguages languages;
    private final EditorTexts texts;
    private final ReferenceTargets referenceTargets;
    private final BiFunction<String, String, Optional<String>> referenceTitles;
    private final String pickUrl;
    private final Map<String, List<FieldError>> errors = new LinkedHashMap<>();
    private final List<EditorForm.ErrorLink> summary = new ArrayList<>();
    private String focus;
    /** Set when a group gets the focus: its first control takes it. */
    private boolean focusNextEntry;

    /**
     * @param referenceTitles the title of the item with an identifier in a workspace, empty when there is none
     * @param pickUrl         the reference picker's endpoint of this app
     */
    EditorFormBuilder(ContentTypeDefinition type, AppDefinition app, ContentLanguages languages, EditorTexts texts,
                      ReferenceTargets referenceTargets, BiFunction<String, String, Optional<String>> referenceTitles,
                      String pickUrl) {
        this.type = type;
        this.referenceTargets = referenceTargets;
        this.app = app;
        this.languages = languages;
        this.texts = texts;
        this.referenceTitles = referenceTitles;
        this.pickUrl = pickUrl;
    }

    /** @param focusPath the value, group or list to focus (after an add, move or remove), or {@code null} */
    EditorForm build(Map<String, Object> values, List<FieldError> fieldErrors, String focusPath) {
        errors.clear();
        summary.clear();
        focus = focusPath;
        fieldErrors.forEach(error -> errors.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error));
        List<String> nameErrors = take(NAME_FIELD, texts.ui("editor.name.label"), "item-name", null, Map.of());
        Map<String, Map<String, Object>> formFields = new LinkedHashMap<>();
        for (PropertyDefinition property : type.properties()) {
            formFields.put(property.name(), app.formProperty(property.name()));
        }
        List<EditorField> fields = fields(type.properties(), values, "", "", formFields, true);
        errors.forEach((field, list) -> list.forEach(error ->
                summary.add(new EditorForm.ErrorLink(message(error, field, null, Map.of()), null))));
        return new EditorForm(fields, List.copyOf(summary), nameErrors);
    }

    private List<EditorField> fields(List<PropertyDefinition> properties, Map<String, Object> values, String prefix,
                                     String labelContext, Map<String, Map<String, Object>> formFields, boolean topLevel) {
        List<EditorField> fields = new ArrayList<>();
        for (PropertyDefinition property : properties) {
            Map<String, Object> formField = formFields.getOrDefault(property.name(), Map.of());
            String label = texts.module(formField.get("label") != null ? formField.get("label") : property.label(),
                    property.name());
            if (topLevel && type.kindOf(property) == PropertyKind.SUBMODEL) {
                fields.add(subModel(property, formField, label, values.get(property.name())));
            } else {
                fields.add(valueField(property, formField, label, labelContext, values, prefix));
            }
        }
        return fields;
    }

    private EditorField subModel(PropertyDefinition property, Map<String, Object> formField, String label, Object value) {
        String name = property.name();
        List<PropertyDefinition> subProperties = type.subModel(property.type()).orElseThrow().properties();
        Map<String, Map<String, Object>> subFields = FieldWidgets.subFields(formField);
        String description = texts.module(formField.get("description"), null);
        if (!property.multiple()) {
            Map<String, Object> groupValues = value instanceof Map<?, ?> map ? cast(map) : Map.of();
            List<String> fieldErrors = take(name, label, id(name), null, formField);
            List<EditorField> groupFields = fields(subProperties, groupValues, name + ".", label + ": ", subFields, false);
            EditorField.Group group = new EditorField.Group(label, name, id(name), groupFields, List.of(), 0, 1, false);
            return new EditorField("group", name, id(name), label, description, property.required(), null, List.of(),
                    List.of(group), null, false, fieldErrors);
        }
        List<?> entries = value instanceof List<?> list ? list : List.of();
        List<String> fieldErrors = take(name, label, id(name) + "-add", null, formField);
        List<EditorField.Group> groups = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String groupName = name + "[" + i + "]";
            String legend = texts.ui("editor.group.legend", label, i + 1);
            Map<String, Object> groupValues = entries.get(i) instanceof Map<?, ?> map ? cast(map) : Map.of();
            List<String> groupErrors = take(groupName, legend, id(groupName), null, formField);
            focusNextEntry = groupName.equals(focus);
            List<EditorField> groupFields = fields(subProperties, groupValues, groupName + ".", legend + ": ", subFields,
                    false);
            groups.add(new EditorField.Group(legend, groupName, id(groupName), groupFields, groupErrors, i,
                    entries.size(), groupName.equals(focus)));
        }
        return new EditorField("groups", name, id(name) + "-add", label, description, property.required(), null,
                List.of(), groups, "addGroup:" + name, name.equals(focus), fieldErrors);
    }

    private EditorField valueField(PropertyDefinition property, Map<String, Object> formField, String label,
                                   String labelContext, Map<String, Object> values, String prefix) {
        String fieldPath = prefix.isEmpty() ? property.name() : prefix.substring(0, prefix.indexOf('[') > 0
                ? prefix.indexOf('[') : prefix.length() - 1) + "." + property.name();
        EditorField.Widget widget = FieldWidgets.widget(type, property, formField, texts,
                pickUrl + "?field=" + URLEncoder.encode(fieldPath, StandardCharsets.UTF_8));
        if (widget.type().equals("date") && hasTimeOfDay(property, values)) {
            widget = new EditorField.Widget("dateTime", widget.options(), widget.rows(), widget.maxLength(),
                    widget.placeholder(), widget.readOnly(), widget.checkboxLabel(), widget.pickUrl());
        }
        List<String> variantLanguages = property.i18n() ? languages.all() : List.of(languages.defaultLanguage());
        List<EditorField.Variant> variants = new ArrayList<>();
        for (String language : variantLanguages) {
            boolean defaultLanguage = language.equals(languages.defaultLanguage());
            String key = defaultLanguage ? property.name() : property.name() + "_" + language;
            String name = prefix + key;
            String variantLabel = defaultLanguage ? label : texts.ui("editor.field.inLanguage", label, texts.language(language));
            String errorLabel = labelContext + variantLabel;
            Object value = values.get(key);
            List<EditorField.Entry> entries = new ArrayList<>();
            List<String> listErrors = List.of();
            if (property.multiple()) {
                List<?> list = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
                listErrors = take(name, errorLabel, id(name) + "-add", widget, formField);
                for (int i = 0; i < list.size(); i++) {
                    String entryName = name + "[" + i + "]";
                    entries.add(entry(entryName, String.valueOf(list.get(i)), errorLabel, widget, property, formField,
                            i, list.size()));
                }
            } else {
                entries.add(entry(name, value == null ? "" : String.valueOf(value), errorLabel, widget, property,
                        formField, 0, 1));
            }
            variants.add(new EditorField.Variant(language, defaultLanguage ? null : language, variantLabel, name,
                    property.multiple() ? id(name) + "-add" : id(name), entries,
                    property.multiple() ? "addValue:" + name : null, name.equals(focus), listErrors));
        }
        String description = texts.module(formField.get("description"), null);
        return new EditorField(property.multiple() ? "values" : "value", prefix + property.name(),
                variants.get(0).id(), label, description, property.required(), widget, variants, List.of(), null,
                false, List.of());
    }

    private EditorField.Entry entry(String name, String raw, String errorLabel, EditorField.Widget widget,
                                    PropertyDefinition property, Map<String, Object> formField, int index, int count) {
        String value = display(raw, widget);
        String display = null;
        if (widget.type().equals("reference") && !raw.isBlank()) {
            display = referenceTargets.workspace(type, property, formField)
                    .flatMap(workspace -> referenceTitles.apply(workspace, raw)).orElse(null);
        }
        String id = id(name);
        String target = widget.type().equals("reference") ? id + "-search" : id;
        List<String> entryErrors = take(name, errorLabel, target, widget, formField);
        boolean focused = name.equals(focus) || focusNextEntry;
        focusNextEntry = false;
        return new EditorField.Entry(name, id, value, display, entryErrors, index, count, focused);
    }

    /** Stored JCR forms shown as the inputs expect them; what a user typed is shown as typed. */
    private String display(String raw, EditorField.Widget widget) {
        switch (widget.type()) {
            case "date", "dateTime" -> {
                try {
                    ZonedDateTime local = OffsetDateTime.parse(raw).atZoneSameInstant(EDITORIAL_ZONE);
                    if (widget.type().equals("date")) {
                        return local.toLocalDate().toString();
                    }
                    return (local.getSecond() == 0 ? MINUTES : SECONDS).format(local);
                } catch (DateTimeParseException typed) {
                    return raw;
                }
            }
            case "decimal" -> {
                if (!JCR_NUMBER.matcher(raw).matches()) {
                    return raw;
                }
                String plain = new BigDecimal(raw).toPlainString();
                return texts.locale().getLanguage().equals(Locale.GERMAN.getLanguage()) ? plain.replace('.', ',') : plain;
            }
            default -> {
                return raw;
            }
        }
    }

    /** A date field whose value has a time of day shows it, so that saving does not drop it. */
    private boolean hasTimeOfDay(PropertyDefinition property, Map<String, Object> values) {
        List<Object> all = new ArrayList<>();
        for (String language : languages.all()) {
            Object value = values.get(language.equals(languages.defaultLanguage()) ? property.name()
                    : property.name() + "_" + language);
            if (value instanceof List<?> list) {
                all.addAll(list);
            } else if (value != null) {
                all.add(value);
            }
        }
        for (Object value : all) {
            try {
                LocalTime time = OffsetDateTime.parse(String.valueOf(value)).atZoneSameInstant(EDITORIAL_ZONE).toLocalTime();
                if (!time.equals(LocalTime.MIDNIGHT)) {
                    return true;
                }
            } catch (DateTimeParseException notStored) {
                if (String.valueOf(value).contains("T")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The messages of the errors about one parameter, each also listed in the summary with a link. */
    private List<String> take(String field, String label, String target, EditorField.Widget widget,
                              Map<String, Object> formField) {
        List<FieldError> found = errors.remove(field);
        if (found == null) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        for (FieldError error : found) {
            String message = message(error, label, widget, formField);
            messages.add(message);
            summary.add(new EditorForm.ErrorLink(message, target));
        }
        return messages;
    }

    private String message(FieldError error, String label, EditorField.Widget widget, Map<String, Object> formField) {
        if (error.code().equals("PATTERN_MISMATCH") || error.code().equals("INVALID_EMAIL")) {
            for (Map<String, Object> validator : MagnoliaYaml.namedItems(FieldWidgets.singleField(formField).get("validators"))) {
                String custom = texts.module(validator.get("errorMessage"), null);
                if (custom != null) {
                    return texts.ui("editor.error.custom", label, custom);
                }
            }
        }
        String key = "editor.error." + error.code();
        if (error.code().equals("INVALID_TYPE") && widget != null) {
            key = key + "." + widget.type();
        }
        String message = texts.ui(key, label, error.message());
        if (message.equals(key) && key.contains("INVALID_TYPE.")) {
            message = texts.ui("editor.error.INVALID_TYPE", label, error.message());
        }
        return message.startsWith("editor.error.") ? texts.ui("editor.error.other", label, error.message()) : message;
    }

    /** The HTML id of the control for a parameter name: {@code links[0].title_en} gives {@code f-links-0-title_en}. */
    static String id(String name) {
        if (name.equals(NAME_FIELD)) {
            return "item-name";
        }
        return "f-" + name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
