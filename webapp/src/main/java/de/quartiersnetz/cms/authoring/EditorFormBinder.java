package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/**
 * Turns the editor's request parameters into the values {@code ContentWriter} takes. Parameter names follow the
 * value map: {@code title}, {@code title_en}, {@code tags[1]}, {@code address.city}, {@code links[0].title_en}.
 * Only the content type's fields are read. Empty values, empty list entries and groups whose fields are all empty
 * are left out, so the form shown again after an error lists exactly what the writer was given.
 */
final class EditorFormBinder {
    private static final Pattern INDEXED = Pattern.compile("\\[(\\d{1,4})]");

    private final ContentLanguages languages;

    EditorFormBinder(ContentLanguages languages) {
        this.languages = languages;
    }

    Map<String, Object> bind(ContentTypeDefinition type, Map<String, List<String>> parameters) {
        return bind(type, type.properties(), parameters, "");
    }

    private Map<String, Object> bind(ContentTypeDefinition type, List<PropertyDefinition> definitions,
                                     Map<String, List<String>> parameters, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition definition : definitions) {
            String name = definition.name();
            if (type.kindOf(definition) == PropertyKind.SUBMODEL) {
                List<PropertyDefinition> fields = type.subModel(definition.type()).orElseThrow().properties();
                if (prefix.isEmpty() && definition.multiple()) {
                    List<Map<String, Object>> groups = new ArrayList<>();
                    for (String groupPrefix : indexedPrefixes(parameters, name + "[", "].")) {
                        Map<String, Object> group = bind(type, fields, parameters, groupPrefix);
                        if (!isEmptyGroup(type, fields, group)) {
                            groups.add(group);
                        }
                    }
                    if (!groups.isEmpty()) {
                        values.put(name, groups);
                    }
                } else if (prefix.isEmpty()) {
                    Map<String, Object> group = bind(type, fields, parameters, name + ".");
                    if (!isEmptyGroup(type, fields, group)) {
                        values.put(name, group);
                    }
                }
                continue;
            }
            bindValue(values, parameters, prefix, name, definition.multiple());
            if (definition.i18n()) {
                for (String language : languages.all().subList(1, languages.all().size())) {
                    bindValue(values, parameters, prefix, name + "_" + language, definition.multiple());
                }
            }
        }
        return values;
    }

    /** No value, or only unticked checkboxes: nobody filled the group in. */
    private static boolean isEmptyGroup(ContentTypeDefinition type, List<PropertyDefinition> fields,
                                        Map<String, Object> group) {
        return group.entrySet().stream().allMatch(entry -> "false".equals(entry.getValue()) && fields.stream()
                .anyMatch(f -> f.name().equals(entry.getKey()) && type.kindOf(f) == PropertyKind.BOOLEAN));
    }

    private static void bindValue(Map<String, Object> values, Map<String, List<String>> parameters, String prefix,
                                  String name, boolean multiple) {
        if (multiple) {
            List<String> entries = new ArrayList<>();
            for (String entryName : indexedNames(parameters, prefix + name + "[")) {
                String value = last(parameters.get(entryName));
                if (!isBlank(value)) {
                    entries.add(value);
                }
            }
            if (!entries.isEmpty()) {
                values.put(name, entries);
            }
        } else {
            String value = last(parameters.get(prefix + name));
            if (!isBlank(value)) {
                values.put(name, value);
            }
        }
    }

    /** {@code links[0].}, {@code links[1].}, ... of the parameters that have one, in index order. */
    private static List<String> indexedPrefixes(Map<String, List<String>> parameters, String start, String end) {
        TreeMap<Integer, String> prefixes = new TreeMap<>();
        for (String parameter : parameters.keySet()) {
            if (parameter.startsWith(start)) {
                Matcher index = INDEXED.matcher(parameter);
                if (index.find(start.length() - 1) && index.start() == start.length() - 1
                        && parameter.startsWith(end, index.end() - 1)) {
                    prefixes.put(Integer.parseInt(index.group(1)), parameter.substring(0, index.end()) + ".");
                }
            }
        }
        return new ArrayList<>(prefixes.values());
    }

    /** {@code tags[0]}, {@code tags[1]}, ... as submitted, in index order. */
    private static List<String> indexedNames(Map<String, List<String>> parameters, String start) {
        TreeMap<Integer, String> names = new TreeMap<>();
        for (String parameter : parameters.keySet()) {
            if (parameter.startsWith(start)) {
                Matcher index = INDEXED.matcher(parameter);
                if (index.find(start.length() - 1) && index.start() == start.length() - 1
                        && index.end() == parameter.length()) {
                    names.put(Integer.parseInt(index.group(1)), parameter);
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    /** A checkbox sends a hidden value and, when ticked, {@code true} after it: the last value counts. */
    private static String last(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
