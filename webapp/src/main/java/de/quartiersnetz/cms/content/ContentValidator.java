package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.jcr.PropertyType;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.MagnoliaYaml;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.modules.SubModelDefinition;
import de.quartiersnetz.cms.repository.NodeSnapshot;

/**
 * Checks submitted values against a content type's model (required, type, options, references,
 * submodels, i18n variants) and the validators of its app's form fields, and converts them to typed
 * JCR values. Every error names its field.
 */
public final class ContentValidator {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String RICH_TEXT_FIELD = "richTextField";

    private final DefinitionRegistry registry;
    private final List<String> languages;

    /** @param languages content languages, the first being the default (stored under the plain name) */
    public ContentValidator(DefinitionRegistry registry, List<String> languages) {
        this.registry = registry;
        this.languages = List.copyOf(languages);
    }

    public ValidatedContent validate(ContentTypeDefinition type, Map<String, ?> values, ReferenceLookup references) {
        Optional<AppDefinition> app = registry.findAppForContentType(type.name());
        Object formFields = app.map(a -> formFieldsOf(a.tree(), "subApps", "detail", "form", "properties")).orElse(null);
        return validate(type, formFields, values, references);
    }

    /**
     * Validates against a model whose form fields come from elsewhere than a content app (a dialog).
     *
     * @param formFields the form field definitions (map or list of named fields), for their validators, or null
     */
    public ValidatedContent validate(ContentTypeDefinition type, Object formFields, Map<String, ?> values,
                                     ReferenceLookup references) {
        Collector collector = new Collector(references);
        List<NodeSnapshot.Property> properties = new ArrayList<>();
        List<NodeSnapshot> children = new ArrayList<>();
        collector.model(type, type.properties(), values, "", formFields, properties, children);
        return new ValidatedContent(collector.errors, properties, children);
    }

    private final class Collector {
        private final List<FieldError> errors = new ArrayList<>();
        private final ReferenceLookup references;

        Collector(ReferenceLookup references) {
            this.references = references;
        }

        /** @param formFields the app's form field definitions at this level (for their validators), or null */
        void model(ContentTypeDefinition type, List<PropertyDefinition> definitions, Map<String, ?> values, String prefix,
                   Object formFields, List<NodeSnapshot.Property> properties, List<NodeSnapshot> children) {
            for (String key : values.keySet()) {
                if (!key.contains(":") && definitionFor(definitions, key).isEmpty()) {
                    error(prefix + key, "UNKNOWN_FIELD", "is not a field of this content type");
                }
            }
            for (PropertyDefinition definition : definitions) {
                Optional<SubModelDefinition> subModel = type.subModel(definition.type());
                if (subModel.isPresent()) {
                    subModel(type, definition, subModel.get(), values.get(definition.name()), prefix,
                            subFormFields(formField(formFields, definition.name())), children);
                    continue;
                }
                Map<String, Object> formField = formField(formFields, definition.name());
                property(type, definition, formField, definition.name(), values.get(definition.name()), prefix, true)
                        .ifPresent(properties::add);
                if (definition.i18n()) {
                    for (String language : languages.subList(1, languages.size())) {
                        String name = definition.name() + "_" + language;
                        property(type, definition, formField, name, values.get(name), prefix, false)
                                .ifPresent(properties::add);
                    }
                }
            }
        }

        private Optional<PropertyDefinition> definitionFor(List<PropertyDefinition> definitions, String key) {
            for (PropertyDefinition definition : definitions) {
                if (definition.name().equals(key)) {
                    return Optional.of(definition);
                }
                if (definition.i18n()) {
                    for (String language : languages.subList(1, languages.size())) {
                        if (key.equals(definition.name() + "_" + language)) {
                            return Optional.of(definition);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private void subModel(ContentTypeDefinition type, PropertyDefinition definition, SubModelDefinition subModel,
                              Object value, String prefix, Object formFields, List<NodeSnapshot> children) {
            String field = prefix + definition.name();
            List<?> entries = definition.multiple() ? asList(value) : (isEmpty(value) ? List.of() : List.of(value));
            if (!definition.multiple() && value instanceof Collection<?>) {
                error(field, "NOT_MULTIPLE", "takes one group of values, not a list");
                return;
            }
            if (entries.isEmpty()) {
                if (definition.required()) {
                    error(field, "REQUIRED", "is required");
                }
                return;
            }
            List<NodeSnapshot> entryNodes = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String entryField = definition.multiple() ? field + "[" + i + "]" : field;
                if (!(entries.get(i) instanceof Map<?, ?> map)) {
                    error(entryField, "INVALID_TYPE", "must be a group of fields");
                    continue;
                }
                List<NodeSnapshot.Property> properties = new ArrayList<>();
                @SuppressWarnings("unchecked")
                Map<String, ?> entryValues = (Map<String, ?>) map;
                model(type, subModel.properties(), entryValues, entryField + ".", formFields, properties,
                        new ArrayList<>());
                String name = definition.multiple() ? String.valueOf(i) : definition.name();
                entryNodes.add(new NodeSnapshot(name, subModel.nodeType(), null, List.of(), properties, List.of(), 0));
            }
            if (definition.multiple()) {
                children.add(new NodeSnapshot(definition.name(), "mgnl:contentNode", null, List.of(), List.of(),
                        entryNodes, 0));
            } else {
                children.addAll(entryNodes);
            }
        }

        private Optional<NodeSnapshot.Property> property(ContentTypeDefinition type, PropertyDefinition definition,
                                                         Map<String, Object> formField, String name, Object value,
                                                         String prefix, boolean requiredApplies) {
            String field = prefix + name;
            if (!definition.multiple() && value instanceof Collection<?> collection) {
                if (collection.size() > 1) {
                    error(field, "NOT_MULTIPLE", "takes one value, not a list");
                    return Optional.empty();
                }
                value = collection.isEmpty() ? null : collection.iterator().next();
            }
            List<?> raw = definition.multiple() ? asList(value) : (isEmpty(value) ? List.of() : List.of(value));
            List<String> converted = new ArrayList<>();
            int jcrType = ValueConverter.jcrType(definition.type());
            int errorsBefore = errors.size();
            for (int i = 0; i < raw.size(); i++) {
                Object item = raw.get(i);
                if (isEmpty(item)) {
                    continue;
                }
                // The submitted position, so a form can put the message next to the value that caused it.
                String itemField = definition.multiple() ? field + "[" + i + "]" : field;
                convert(type, definition, formField, item, jcrType, itemField).ifPresent(converted::add);
            }
            if (converted.isEmpty()) {
                if (requiredApplies && definition.required() && errors.size() == errorsBefore) {
                    error(field, "REQUIRED", "is required");
                }
                return Optional.empty();
            }
            return Optional.of(new NodeSnapshot.Property(name, jcrType, definition.multiple(), converted));
        }

        private Optional<String> convert(ContentTypeDefinition type, PropertyDefinition definition,
                                         Map<String, Object> formField, Object item, int jcrType, String field) {
            String value;
            try {
                Optional<String> targetWorkspace = referenceWorkspace(type, definition);
                if (targetWorkspace.isPresent()) {
                    value = ValueConverter.toReference(item);
                    String bare = value.startsWith("jcr:") ? value.substring(4) : value;
                    if (!references.exists(targetWorkspace.get(), bare)) {
                        error(field, "REFERENCE_NOT_FOUND", "refers to '" + value + "', which is no item in workspace '"
                                + targetWorkspace.get() + "'");
                        return Optional.empty();
                    }
                    return Optional.of(value);
                }
                value = ValueConverter.convert(jcrType, item);
            } catch (IllegalArgumentException e) {
                error(field, "INVALID_TYPE", e.getMessage() + " (field type " + definition.type() + ")");
                return Optional.empty();
            }
            if (!definition.options().isEmpty() && definition.options().stream().noneMatch(o -> optionMatches(o.value(), o.key(), item))) {
                error(field, "NOT_AN_OPTION", "'" + item + "' is not one of " + definition.options().stream()
                        .map(o -> o.value() != null ? o.value() : o.key()).toList());
                return Optional.empty();
            }
            if (jcrType == PropertyType.STRING) {
                if (isRichText(type, definition, formField)) {
                    value = RichTextSanitizer.sanitize(value);
                    if (value.isBlank()) {
                        return Optional.empty();
                    }
                }
                formValidators(formField, value, field);
            }
            return Optional.of(value);
        }

        private boolean optionMatches(String optionValue, String optionKey, Object item) {
            String text = item.toString().trim();
            return text.equals(optionValue) || (optionValue == null && text.equals(optionKey));
        }

        private void formValidators(Map<String, Object> formField, String value, String field) {
            for (Map<String, Object> validator : MagnoliaYaml.namedItems(formField.get("validators"))) {
                String kind = String.valueOf(validator.getOrDefault("$type", validator.getOrDefault("class", "")));
                String message = message(validator.get("errorMessage"));
                if (kind.equals("regexpValidator") || kind.endsWith("RegexpValidatorDefinition")) {
                    Object pattern = validator.get("pattern");
                    try {
                        if (pattern != null && !Pattern.compile(pattern.toString()).matcher(value).matches()) {
                            error(field, "PATTERN_MISMATCH", message != null ? message
                                    : "'" + value + "' does not match the pattern " + pattern);
                        }
                    } catch (PatternSyntaxException e) {
                        error(field, "PATTERN_MISMATCH", "the field's pattern in the app definition is invalid");
                    }
                } else if ((kind.equals("emailValidator") || kind.endsWith("EmailValidatorDefinition"))
                        && !EMAIL.matcher(value).matches()) {
                    error(field, "INVALID_EMAIL", message != null ? message : "'" + value + "' is not an e-mail address");
                }
            }
        }

        private String message(Object errorMessage) {
            if (errorMessage == null) {
                return null;
            }
            String key = errorMessage.toString();
            return registry.message(key, Locale.ENGLISH).orElse(key.contains(" ") ? key : null);
        }

        /** The workspace a reference or asset property points into, empty for plain values. */
        private Optional<String> referenceWorkspace(ContentTypeDefinition type, PropertyDefinition definition) {
            PropertyKind kind = type.kindOf(definition);
            if (kind == PropertyKind.ASSET) {
                return Optional.of("dam");
            }
            return type.referenceTarget(definition).map(target -> registry.findContentType(target)
                    .map(ContentTypeDefinition::workspace).orElse(target));
        }

        private void error(String field, String code, String message) {
            errors.add(new FieldError(field, code, "'" + field + "' " + message));
        }
    }

    /** Rich text by the model ({@code type: richText}) or by the app's field ({@code $type: richTextField}). */
    private static boolean isRichText(ContentTypeDefinition type, PropertyDefinition definition,
                                      Map<String, Object> formField) {
        if (type.kindOf(definition) == PropertyKind.RICH_TEXT) {
            return true;
        }
        Object inner = formField.get("field");
        @SuppressWarnings("unchecked")
        Map<String, Object> single = inner instanceof Map<?, ?> ? (Map<String, Object>) inner : formField;
        return MagnoliaYaml.typeOf(single).filter(RICH_TEXT_FIELD::equals).isPresent();
    }

    private static Map<String, Object> formField(Object formFields, String name) {
        return MagnoliaYaml.namedItems(formFields).stream().filter(f -> name.equals(f.get("name"))).findFirst()
                .orElse(Map.of());
    }

    /** The nested field definitions of a composite field, also when wrapped in a multi field. */
    private static Object subFormFields(Map<String, Object> formField) {
        Object properties = formField.get("properties");
        if (properties == null && formField.get("field") instanceof Map<?, ?> wrapped) {
            properties = ((Map<?, ?>) wrapped).get("properties");
        }
        return properties;
    }

    private static Object formFieldsOf(Map<String, Object> tree, String... path) {
        Object current = tree;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    private static List<?> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection.stream().filter(v -> v != null).toList());
        }
        return List.of(value);
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }
}
