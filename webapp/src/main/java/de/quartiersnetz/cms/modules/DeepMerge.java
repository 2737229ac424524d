package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Magnolia's deep merge of definition trees, used for includes with keys, {@code !inherit}, content-type apps and
 * decorations. Maps merge key by key; named collections merge by {@code name} whether written as a list or a map;
 * other lists are appended to; scalars and {@link Replacing} ({@code !override}) values replace. Inputs are never
 * modified; untouched sub-trees are shared with the result.
 */
final class DeepMerge {

    private DeepMerge() {
    }

    static Object merge(Object base, Object overlay) {
        if (overlay instanceof Replacing || base == null) {
            return overlay;
        }
        if (base instanceof Map<?, ?> baseMap && overlay instanceof Map<?, ?> overlayMap) {
            return mergeMaps(baseMap, overlayMap);
        }
        if (base instanceof Map<?, ?> baseMap && isNamedList(overlay)) {
            return mergeMaps(baseMap, byName((List<?>) overlay));
        }
        if (isNamedList(base) && overlay instanceof Map<?, ?> overlayMap) {
            return mergeMaps(byName((List<?>) base), overlayMap);
        }
        if (base instanceof List<?> baseList && overlay instanceof List<?> overlayList) {
            if (isNamedList(baseList) && isNamedList(overlayList)) {
                return new ArrayList<>(mergeMaps(byName(baseList), byName(overlayList)).values());
            }
            List<Object> appended = new ArrayList<>(baseList);
            appended.addAll(overlayList);
            return appended;
        }
        return overlay;
    }

    /**
     * Merges {@code overlay} at {@code path} below {@code tree} (the dotted decoration form), creating missing maps.
     *
     * @throws IllegalArgumentException when a step of the path is a scalar
     */
    static Object mergeAt(Object tree, List<String> path, Object overlay) {
        if (path.isEmpty()) {
            return merge(tree, overlay);
        }
        String step = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (tree == null) {
            Map<String, Object> created = new LinkedHashMap<>();
            created.put(step, mergeAt(null, rest, overlay));
            return created;
        }
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> copy = copyOf(map);
            copy.put(step, mergeAt(map.get(step), rest, overlay));
            return copy;
        }
        if (isNamedList(tree)) {
            Map<String, Object> named = byName((List<?>) tree);
            Object item = named.containsKey(step) ? named.get(step) : new LinkedHashMap<>(Map.of("name", step));
            named.put(step, mergeAt(item, rest, overlay));
            return new ArrayList<>(named.values());
        }
        throw new IllegalArgumentException("'" + step + "' is below a value that is neither a mapping nor a named list");
    }

    private static Map<String, Object> mergeMaps(Map<?, ?> base, Map<?, ?> overlay) {
        Map<String, Object> result = copyOf(base);
        overlay.forEach((key, value) -> {
            String name = String.valueOf(key);
            result.put(name, result.containsKey(name) ? merge(result.get(name), value) : value);
        });
        return result;
    }

    private static boolean isNamedList(Object value) {
        if (!(value instanceof List<?> list) || value instanceof Replacing) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || map.get("name") == null) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> byName(List<?> namedList) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Object item : namedList) {
            byName.put(String.valueOf(((Map<?, ?>) item).get("name")), item);
        }
        return byName;
    }

    private static Map<String, Object> copyOf(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
