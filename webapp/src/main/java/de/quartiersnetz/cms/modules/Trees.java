package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copying and navigating the plain map/list trees that YAML definitions are kept as. */
final class Trees {

    private Trees() {
    }

    /** An unmodifiable deep copy with string keys; {@code null} becomes an empty map. */
    static Map<String, Object> freezeMap(Map<String, ?> map) {
        if (map == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frozen = (Map<String, Object>) freeze(map);
        return frozen;
    }

    static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * The value at the path, stepping into maps by key and into lists of named items by {@code name};
     * {@code null} when any step is missing.
     */
    static Object at(Object tree, String... path) {
        Object current = tree;
        for (String step : path) {
            current = child(current, step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static Object child(Object container, String step) {
        if (container instanceof Map<?, ?> map) {
            return map.get(step);
        }
        if (container instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> named && step.equals(named.get("name"))) {
                    return named;
                }
            }
        }
        return null;
    }

    static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(String.valueOf(value).trim());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOrNull(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }
}
