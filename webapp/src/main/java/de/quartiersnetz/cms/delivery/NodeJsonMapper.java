package de.quartiersnetz.cms.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import de.quartiersnetz.cms.assets.AssetLinks;
import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.repository.ChildNodes;

/**
 * Shapes a node as Magnolia's delivery endpoint v2 does: {@code @name, @path, @id, @nodeType}, then the
 * properties as strings (arrays for multi-values, i18n values resolved for the language), then child
 * objects down to the endpoint's depth, then {@code @nodes}. References named by the endpoint are
 * replaced by the published nodes they point to; a reference to anything unpublished is left out.
 */
final class NodeJsonMapper {
    private final ContentLanguages languages;
    private final AssetLinks assets;

    NodeJsonMapper(ContentLanguages languages, AssetLinks assets) {
        this.languages = languages;
        this.assets = assets;
    }

    /**
     * What one rendering needs beyond the node.
     *
     * @param cache      keeps referenced nodes' JSON between requests
     * @param generation the cache generation when the request started
     */
    record Context(Session session, DeliveryEndpoint endpoint, List<String> languageChain, Set<String> fields,
                   DeliveryResponseCache cache, long generation) {
    }

    Map<String, Object> map(Node node, Context context) throws RepositoryException {
        return map(node, context, context.endpoint().depth(), 0, new HashSet<>(), true);
    }

    private Map<String, Object> map(Node node, Context context, int depth, int referenceLevel, Set<String> chain,
                                    boolean top) throws RepositoryException {
        DeliveryEndpoint endpoint = context.endpoint();
        String absolutePath = node.getPath();
        String identifier = node.getIdentifier();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", node.getName());
        String path = absolutePath.substring(workspaceOf(absolutePath).length());
        json.put("@path", path.isEmpty() ? "/" : path);
        json.put("@id", identifier);
        json.put("@nodeType", node.getPrimaryNodeType().getName());
        Set<String> visited = new HashSet<>(chain);
        visited.add(identifier);
        Map<String, Property> properties = properties(node);
        for (String name : propertyNames(properties)) {
            if (top && !context.fields().isEmpty() && !context.fields().contains(name)) {
                continue;
            }
            if (isSystem(name) && !systemPropertyShown(name, endpoint)) {
                continue;
            }
            Optional<Property> property = localised(properties, name, context.languageChain());
            if (property.isEmpty()) {
                continue;
            }
            Optional<DeliveryEndpoint.Reference> reference = endpoint.references().stream()
                    .filter(r -> r.propertyName().equals(name)).findFirst();
            if (reference.isPresent() && referenceLevel < endpoint.referenceDepth()) {
                Object resolved = resolve(property.get(), reference.get(), context, referenceLevel, visited);
                if (resolved != null) {
                    json.put(name, resolved);
                }
            } else {
                json.put(name, value(property.get()));
            }
        }
        List<String> childNames = new ArrayList<>();
        if (depth > 0) {
            for (Node child : ChildNodes.of(node)) {
                if (top && !context.fields().isEmpty() && !context.fields().contains(child.getName())) {
                    continue;
                }
                if (matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                    json.put(child.getName(), map(child, context, depth - 1, referenceLevel, visited, false));
                    childNames.add(child.getName());
                }
            }
        }
        json.put("@nodes", childNames);
        return json;
    }

    private Object resolve(Property property, DeliveryEndpoint.Reference reference, Context context,
                           int referenceLevel, Set<String> chain) throws RepositoryException {
        List<Object> resolved = new ArrayList<>();
        Value[] values = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
        for (Value value : values) {
            String identifier = value.getString().startsWith("jcr:") ? value.getString().substring(4) : value.getString();
            if (reference.isAsset()) {
                assets.deliveryJson(identifier, reference.assetRenditions(), context.languageChain()).ifPresent(resolved::add);
                continue;
            }
            if (chain.contains(identifier)) {
                resolved.add(identifier);
                continue;
            }
            // A target whose own references stay unresolved looks the same from every item that points at it.
            String key = referenceLevel + 1 >= context.endpoint().referenceDepth()
                    ? context.endpoint().endpointPath() + "|" + context.languageChain() + "|" + identifier : null;
            Map<String, Object> json = key == null ? null : context.cache().referenceTarget(key);
            if (json == null) {
                Optional<Node> target = published(context.session(), identifier, reference.targetWorkspace());
                if (target.isEmpty()) {
                    continue;
                }
                json = map(target.get(), context, context.endpoint().depth(), referenceLevel + 1, chain, false);
                if (key != null) {
                    context.cache().putReferenceTarget(key, json, context.generation());
                }
            }
            resolved.add(json);
        }
        if (property.isMultiple()) {
            return resolved;
        }
        return resolved.isEmpty() ? null : resolved.get(0);
    }

    private static Optional<Node> published(Session session, String identifier, String workspace)
            throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(identifier);
            return node.getPath().startsWith("/" + workspace + "/") ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException | IllegalArgumentException notPublished) {
            return Optional.empty();
        }
    }

    /** The node's properties by name, in the node's order: read once, where asking for each name walks them again. */
    private static Map<String, Property> properties(Node node) throws RepositoryException {
        Map<String, Property> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            properties.put(property.getName(), property);
        }
        return properties;
    }

    /** Property names as shown: i18n variants ({@code title_en}) fold into their base name ({@code title}). */
    private Set<String> propertyNames(Map<String, Property> properties) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : properties.keySet()) {
            names.add(baseName(name));
        }
        return names;
    }

    private String baseName(String name) {
        int underscore = name.lastIndexOf('_');
        if (underscore > 0 && !name.contains(":") && languages.contains(name.substring(underscore + 1))) {
            return name.substring(0, underscore);
        }
        return name;
    }

    /** The value for the first language of the chain that has one; the default language is the plain name. */
    private Optional<Property> localised(Map<String, Property> properties, String name, List<String> languageChain) {
        for (String language : languageChain) {
            Property stored = properties.get(language.equals(languages.defaultLanguage()) ? name : name + "_" + language);
            if (stored != null) {
                return Optional.of(stored);
            }
        }
        return Optional.ofNullable(properties.get(name));
    }

    private static Object value(Property property) throws RepositoryException {
        if (!property.isMultiple()) {
            return string(property.getValue());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(string(value));
        }
        return values;
    }

    private static String string(Value value) throws RepositoryException {
        return value.getType() == PropertyType.BINARY ? "" : value.getString();
    }

    static boolean matches(Node node, List<String> nodeTypes, boolean strict) throws RepositoryException {
        for (String type : nodeTypes) {
            if (strict ? node.getPrimaryNodeType().getName().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSystem(String name) {
        return name.startsWith("jcr:") || name.startsWith("mgnl:") || name.startsWith("rep:");
    }

    private static boolean systemPropertyShown(String name, DeliveryEndpoint endpoint) {
        if (!endpoint.systemProperties().isEmpty()) {
            return endpoint.systemProperties().contains(name);
        }
        return endpoint.includeSystemProperties() && !name.equals("jcr:primaryType") && !name.equals("jcr:mixinTypes");
    }

    private static String workspaceOf(String absolutePath) {
        int second = absolutePath.indexOf('/', 1);
        return second < 0 ? absolutePath : absolutePath.substring(0, second);
    }
}
