package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.MagnoliaYaml;
import de.quartiersnetz.cms.modules.OptionDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;

/**
 * A Magnolia 6 dialog definition ({@code dialogs/**.yaml}) seen as the model of the node it edits (a page or a
 * component): one property per form field, typed by the field's {@code $type}. Pages and components are not
 * content-type items; this lets them share the content editor's validation and form building all the same.
 *
 * <p>Fields come from {@code form.properties} (map or list), from {@code form.tabs.<tab>.fields} (the
 * {@code tabbedForm} variant) or from the 5-UI {@code form.tabs[].fields[]}, in file order. Composite and
 * multi-field groups are not edited here (they are left out, and so left as they are in the repository).
 *
 * @param type       the synthetic model: workspace {@code website}, one property per supported field
 * @param formFields the field definitions by property name, as the content editor reads an app's form fields
 */
public record DialogModel(String id, String label, ContentTypeDefinition type, Map<String, Map<String, Object>> formFields) {

    public static final String WEBSITE = "website";

    /** A dialog with no fields, for templates that name none. */
    public static DialogModel empty(String id) {
        return new DialogModel(id, null, new ContentTypeDefinition(id, null, WEBSITE, "/", "mgnl:component", Map.of(),
                List.of(), List.of(), null), Map.of());
    }

    public static DialogModel of(Definition dialog) {
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        Object form = dialog.tree().get("form");
        if (form instanceof Map<?, ?> formMap) {
            collect(formMap.get("properties"), fields);
            Object tabs = formMap.get("tabs");
            for (Map<String, Object> tab : MagnoliaYaml.namedItems(tabs)) {
                collect(tab.get("fields"), fields);
            }
        }
        List<PropertyDefinition> properties = new ArrayList<>();
        Map<String, Map<String, Object>> supported = new LinkedHashMap<>();
        fields.forEach((name, field) -> property(name, field).ifPresent(property -> {
            properties.add(property);
            supported.put(name, field);
        }));
        Object label = dialog.tree().get("label");
        ContentTypeDefinition type = new ContentTypeDefinition(dialog.id(), dialog.module(), WEBSITE, "/",
                "mgnl:component", Map.of(), properties, List.of(), dialog.source());
        return new DialogModel(dialog.id(), label == null ? null : String.valueOf(label), type, Map.copyOf(supported));
    }

    /** The form fields as the content editor's form builder reads them from an app. */
    public AppDefinition asApp() {
        Map<String, Object> properties = new LinkedHashMap<>(formFields);
        Map<String, Object> tree = Map.of("subApps", Map.of("detail", Map.of("form", Map.of("properties", properties))));
        return new AppDefinition(id, type.module(), null, label, null, tree, type.source());
    }

    /** The fields' {@code defaultValue}s, as the values of a new page or component start. */
    public Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        formFields.forEach((name, field) -> {
            Object value = field.get("defaultValue");
            if (value != null && !(value instanceof Map) && !(value instanceof List)) {
                defaults.put(name, String.valueOf(value));
            }
        });
        return defaults;
    }

    public Map<String, Object> formField(String name) {
        return formFields.getOrDefault(name, Map.of());
    }

    private static void collect(Object namedFields, Map<String, Map<String, Object>> into) {
        for (Map<String, Object> field : MagnoliaYaml.namedItems(namedFields)) {
            into.putIfAbsent(String.valueOf(field.get("name")), field);
        }
    }

    /** The model property a field edits, empty for fields this runtime does not edit (composites, static text). */
    private static Optional<PropertyDefinition> property(String name, Map<String, Object> field) {
        String fieldType = fieldType(field);
        boolean multiple = false;
        Map<String, Object> single = field;
        if (fieldType.equals("jcrMultiValueField") || fieldType.equals("multiValueField")) {
            if (!(field.get("field") instanceof Map<?, ?> inner)) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> innerField = (Map<String, Object>) inner;
            single = innerField;
            multiple = true;
            fieldType = fieldType(single);
        }
        String type = switch (fieldType) {
            case "textField", "hiddenField", "passwordField", "codeField", "damLinkField", "uploadField" ->
                    javaType(single.get("type"));
            case "richTextField" -> "richText";
            case "checkBoxField", "checkboxField" -> "Boolean";
            case "dateField" -> "Date";
            case "comboBoxField", "selectField", "radioButtonGroupField", "optionGroupField", "listSelectField" ->
                    javaType(single.get("type"));
            case "linkField", "jcrLinkField", "pageLinkField" -> "reference:" + linkWorkspace(fieldType, single);
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        boolean required = bool(field.get("required"));
        boolean i18n = bool(field.get("i18n"));
        Object label = field.get("label");
        return Optional.of(new PropertyDefinition(name, type, required, multiple, i18n,
                label == null ? null : String.valueOf(label), options(single)));
    }

    private static String fieldType(Map<String, Object> field) {
        return MagnoliaYaml.typeOf(field).or(() -> Optional.ofNullable(field.get("fieldType")).map(String::valueOf))
                .map(DialogModel::alias).orElse("textField");
    }

    /** 5-UI field aliases ({@code fieldType: text}) and their classes read as the 6-UI {@code $type}s. */
    private static String alias(String fieldType) {
        return switch (fieldType) {
            case "text" -> "textField";
            case "richText" -> "richTextField";
            case "checkbox" -> "checkBoxField";
            case "date" -> "dateField";
            case "select" -> "selectField";
            case "optionGroup" -> "optionGroupField";
            case "link" -> "linkField";
            case "hidden" -> "hiddenField";
            case "password" -> "passwordField";
            case "static" -> "staticField";
            default -> fieldType.startsWith("info.magnolia.") ? classAlias(fieldType) : fieldType;
        };
    }

    private static String classAlias(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace("Definition", "");
        return simple.isEmpty() ? className : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static String javaType(Object type) {
        String name = type == null ? "" : String.valueOf(type);
        return switch (name) {
            case "java.lang.Long", "java.lang.Integer", "Long", "Integer" -> "Long";
            case "java.lang.Double", "Double" -> "Double";
            case "java.math.BigDecimal", "Decimal" -> "Decimal";
            case "java.lang.Boolean", "Boolean" -> "Boolean";
            case "java.util.Date", "Date" -> "Date";
            default -> "String";
        };
    }

    private static String linkWorkspace(String fieldType, Map<String, Object> field) {
        if (field.get("datasource") instanceof Map<?, ?> datasource && datasource.get("workspace") != null) {
            return String.valueOf(datasource.get("workspace"));
        }
        if (field.get("workspace") != null) {
            return String.valueOf(field.get("workspace"));
        }
        return WEBSITE;
    }

    private static List<OptionDefinition> options(Map<String, Object> field) {
        List<OptionDefinition> options = new ArrayList<>();
        Object source = field.get("datasource") instanceof Map<?, ?> datasource ? datasource.get("options")
                : field.get("options");
        for (Map<String, Object> option : MagnoliaYaml.namedItems(source)) {
            String key = String.valueOf(option.get("name"));
            Object value = option.get("value");
            Object label = option.get("label");
            options.add(new OptionDefinition(key, value == null ? key : String.valueOf(value),
                    label == null ? null : String.valueOf(label)));
        }
        return options;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(String.valueOf(value).trim());
    }
}
