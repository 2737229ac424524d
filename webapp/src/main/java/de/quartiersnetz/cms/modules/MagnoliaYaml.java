package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers for reading resolved Magnolia definition trees the way Magnolia's bean mapping does. */
public final class MagnoliaYaml {

    /** {@code class} values whose {@code $type} alias is known (formats doc §3, §4). */
    private static final Map<String, String> ALIASES = Map.of(
            "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition", "jcrDeliveryEndpoint_v2",
            "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition", "jcrReferenceResolver",
            "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition", "assetReferenceResolver",
            "info.magnolia.rendering.spa.renderer.SpaRenderableDefinition", "spa");

    private MagnoliaYaml() {
    }

    /**
     * The type of a definition node: its {@code $type}, else the alias of its {@code class}
     * ({@code info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition} gives {@code jcrReferenceResolver});
     * a class without a known alias is returned as written. Empty when the node has neither key.
     */
    public static Optional<String> typeOf(Map<String, Object> node) {
        if (node == null) {
            return Optional.empty();
        }
        Object type = node.get("$type");
        if (type != null && !String.valueOf(type).isBlank()) {
            return Optional.of(String.valueOf(type).trim());
        }
        Object className = node.get("class");
        if (className != null && !String.valueOf(className).isBlank()) {
            String fqcn = String.valueOf(className).trim();
            return Optional.of(ALIASES.getOrDefault(fqcn, fqcn));
        }
        return Optional.empty();
    }

    /**
     * A named collection as an ordered list of maps that each carry {@code name}. Accepts a list of maps with
     * {@code name:} (scalars become {@code {name: scalar}}, maps without a name are left out) or a map keyed by
     * name (an explicit {@code name} inside an entry wins over the key; a scalar entry becomes {@code value}).
     * Anything else gives an empty list.
     */
    public static List<Map<String, Object>> namedItems(Object listOrMap) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (listOrMap instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    if (map.get("name") != null) {
                        items.add(named(String.valueOf(map.get("name")), map));
                    }
                } else if (item != null) {
                    items.add(named(String.valueOf(item), null));
                }
            }
        } else if (listOrMap instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> entry) {
                    Object explicit = entry.get("name");
                    items.add(named(explicit != null ? String.valueOf(explicit) : String.valueOf(key), entry));
                } else if (value == null) {
                    items.add(named(String.valueOf(key), null));
                } else {
                    items.add(named(String.valueOf(key), Map.of("value", value)));
                }
            });
        }
        return Collections.unmodifiableList(items);
    }

    private static Map<String, Object> named(String name, Map<?, ?> entries) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        if (entries != null) {
            entries.forEach((k, v) -> {
                if (!"name".equals(k)) {
                    item.put(String.valueOf(k), v);
                }
            });
        }
        return Collections.unmodifiableMap(item);
    }
}
