package de.quartiersnetz.cms.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.MagnoliaYaml;

/** Reads delivery endpoint v2 definitions with Magnolia's defaults; other endpoint types are not ours. */
final class EndpointReader {
    static final Set<String> DELIVERY_TYPES = Set.of("jcrDeliveryEndpoint_v2", "jcrPagesDeliveryEndpoint_v2");
    private static final Set<String> REFERENCE_RESOLVERS = Set.of("jcrReferenceResolver", "assetReferenceResolver");

    private final DeliveryProperties defaults;

    EndpointReader(DeliveryProperties defaults) {
        this.defaults = defaults;
    }

    static boolean isDeliveryEndpoint(Definition definition) {
        return MagnoliaYaml.typeOf(definition.tree()).filter(DELIVERY_TYPES::contains).isPresent();
    }

    /** Magnolia's path rule: the file path below restEndpoints/, a trailing {@code _v1} becoming {@code /v1}. */
    static String endpointPath(Definition definition) {
        Object explicit = definition.tree().get("endpointPath");
        String path = explicit != null ? explicit.toString() : definition.name().replaceAll("_(v\\d+)$", "/$1");
        return path.replaceAll("^/+|/+$", "");
    }

    DeliveryEndpoint read(Definition definition, Optional<Map<String, Object>> options) {
        Map<String, Object> tree = definition.tree();
        String workspace = text(tree, "workspace", null);
        if (workspace == null) {
            throw new IllegalArgumentException("'workspace' is required");
        }
        List<DeliveryEndpoint.Reference> references = new ArrayList<>();
        for (Map<String, Object> reference : MagnoliaYaml.namedItems(tree.get("references"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resolver = reference.get("referenceResolver") instanceof Map<?, ?> map
                    ? (Map<String, Object>) map : Map.of();
            String type = MagnoliaYaml.typeOf(resolver).orElse("jcrReferenceResolver");
            if (!REFERENCE_RESOLVERS.contains(type)) {
                throw new IllegalArgumentException("reference '" + reference.get("name") + "': resolver '" + type
                        + "' is not supported (one of " + REFERENCE_RESOLVERS + ")");
            }
            String property = text(reference, "propertyName", String.valueOf(reference.get("name")));
            String target = text(resolver, "targetWorkspace", type.equals("assetReferenceResolver") ? "dam" : workspace);
            references.add(new DeliveryEndpoint.Reference(String.valueOf(reference.get("name")), property, type, target,
                    strings(resolver.get("assetRenditions"), List.of())));
        }
        boolean pages = MagnoliaYaml.typeOf(tree).orElse("").equals("jcrPagesDeliveryEndpoint_v2");
        return new DeliveryEndpoint(definition.id(), endpointPath(definition), workspace, text(tree, "rootPath", "/"),
                strings(tree.get("nodeTypes"), List.of(pages ? "mgnl:page" : "mgnl:content")),
                strings(tree.get("childNodeTypes"), List.of(pages ? "mgnl:area" : "mgnl:contentNode")),
                number(tree, "depth", 0), number(tree, "limit", 10),
                bool(tree, "includeSystemProperties", true), strings(tree.get("systemProperties"), List.of()),
                references, number(tree, "referenceDepth", 1), bool(tree, "strict", false),
                options(options.orElse(Map.of())), definition.source());
    }

    private DeliveryEndpoint.Options options(Map<String, Object> options) {
        DeliveryEndpoint.OpenAt openAt = null;
        if (options.get("openAt") instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> names = (Map<String, Object>) map;
            openAt = new DeliveryEndpoint.OpenAt(text(names, "weekday", "weekday"), text(names, "opens", "opens"),
                    text(names, "closes", "closes"), text(names, "validFrom", "validFrom"),
                    text(names, "validUntil", "validUntil"));
        }
        return new DeliveryEndpoint.Options(bool(options, "total", false),
                number(options, "maxLimit", defaults.maxLimit()),
                strings(options.get("languageFallback"), defaults.languageFallback()), openAt);
    }

    private static String text(Map<String, Object> tree, String key, String fallback) {
        Object value = tree.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    private static int number(Map<String, Object> tree, String key, int fallback) {
        Object value = tree.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    private static boolean bool(Map<String, Object> tree, String key, boolean fallback) {
        Object value = tree.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value.toString().trim());
    }

    private static List<String> strings(Object value, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }
}
