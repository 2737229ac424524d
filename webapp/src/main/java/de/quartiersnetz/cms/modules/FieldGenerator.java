package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Magnolia 6 UI form field generated for a content-type property. Magnolia documents no table for this
 * (formats doc §2, "inferred"); only the stored data matters, so the fields approximate what Magnolia shows.
 */
final class FieldGenerator {

    private final Function<String, Optional<ContentTypeDefinition>> contentTypes;

    FieldGenerator(Function<String, Optional<ContentTypeDefinition>> contentTypes) {
        this.contentTypes = contentTypes;
    }

    /** {@code form.properties} for the given properties, keyed by property name. */
    Map<String, Object> fields(ContentTypeDefinition type, List<PropertyDefinition> properties, boolean inSubModel) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (PropertyDefinition property : properties) {
            fields.put(property.name(), field(type, property, inSubModel));
        }
        return fields;
    }

    private Map<String, Object> field(ContentTypeDefinition type, PropertyDefinition property, boolean inSubModel) {
        PropertyKind kind = type.kindOf(property);
        if (kind == PropertyKind.SUBMODEL && !inSubModel) {
            Map<String, Object> composite = composite(type, type.subModel(property.type()).orElseThrow());
            return property.multiple()
                    ? labelled("jcrMultiField", property, Map.of("field", composite))
                    : labelled("compositeField", property, withoutType(composite));
        }
        Map<String, Object> single = single(type, property, kind);
        if (property.multiple()) {
            return labelled("jcrMultiValueField", property, Map.of("field", single));
        }
        return labelled((String) single.get("$type"), property, withoutType(single));
    }

    private Map<String, Object> composite(ContentTypeDefinition type, SubModelDefinition subModel) {
        Map<String, Object> composite = new LinkedHashMap<>();
        composite.put("$type", "compositeField");
        composite.put("properties", fields(type, subModel.properties(), true));
        composite.put("itemProvider", new LinkedHashMap<>(Map.of("$type", "jcrChildNodeProvider")));
        return composite;
    }

    private Map<String, Object> single(ContentTypeDefinition type, PropertyDefinition property, PropertyKind kind) {
        Map<String, Object> field = new LinkedHashMap<>();
        if (property.hasOptions()) {
            field.put("$type", "comboBoxField");
            javaType(kind).ifPresent(javaType -> field.put("type", javaType));
            field.put("datasource", optionList(property));
            return field;
        }
        switch (kind) {
            case BOOLEAN -> field.put("$type", "checkBoxField");
            case DATE -> field.put("$type", "dateField");
            case RICH_TEXT -> field.put("$type", "richTextField");
            case ASSET -> field.put("$type", "damLinkField");
            case REFERENCE -> {
                field.put("$type", "linkField");
                field.put("datasource", linkDatasource(type.referenceTarget(property).orElseThrow()));
            }
            default -> {
                // A submodel inside a submodel cannot be stored (Magnolia forbids nesting): fall back to text.
                field.put("$type", "textField");
                javaType(kind).ifPresent(javaType -> field.put("type", javaType));
            }
        }
        return field;
    }

    private Map<String, Object> linkDatasource(String target) {
        Map<String, Object> datasource = new LinkedHashMap<>();
        datasource.put("$type", "jcrDatasource");
        Optional<ContentTypeDefinition> targetType = contentTypes.apply(target);
        if (targetType.isPresent()) {
            datasource.put("workspace", targetType.get().workspace());
            datasource.put("rootPath", targetType.get().rootPath());
            datasource.put("allowedNodeTypes", new ArrayList<>(List.of(targetType.get().nodeType())));
        } else {
            // reference:category and friends name a workspace of a Java module, not a content type.
            datasource.put("workspace", target);
        }
        return datasource;
    }

    private static Map<String, Object> optionList(PropertyDefinition property) {
        List<Object> options = new ArrayList<>();
        for (OptionDefinition option : property.options()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", option.key());
            entry.put("value", option.value());
            if (option.label() != null) {
                entry.put("label", option.label());
            }
            options.add(entry);
        }
        Map<String, Object> datasource = new LinkedHashMap<>();
        datasource.put("$type", "optionListDatasource");
        datasource.put("options", options);
        return datasource;
    }

    private static Optional<String> javaType(PropertyKind kind) {
        return switch (kind) {
            case LONG -> Optional.of("java.lang.Long");
            case DOUBLE -> Optional.of("java.lang.Double");
            case DECIMAL -> Optional.of("java.math.BigDecimal");
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> labelled(String fieldType, PropertyDefinition property, Map<String, Object> extra) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("$type", fieldType);
        field.put("label", property.label() != null ? property.label() : property.name());
        field.put("required", property.required());
        field.put("i18n", property.i18n());
        field.putAll(extra);
        return field;
    }

    private static Map<String, Object> withoutType(Map<String, Object> field) {
        Map<String, Object> rest = new LinkedHashMap<>(field);
        rest.remove("$type");
        return rest;
    }
}
