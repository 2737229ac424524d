package de.quartiersnetz.cms.rendering;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import de.quartiersnetz.cms.repository.RepositoryFailure;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;

/**
 * A node as templates see it, like Magnolia's {@code ContentMap}: properties by name (i18n properties resolved for
 * the rendering's locale: {@code title_en} before {@code title}), child nodes by name, and the special keys
 * {@code @name}, {@code @path} (workspace-relative), {@code @id}, {@code @nodeType}, {@code @depth} and
 * {@code @workspace}. Dates come as {@link java.util.Date}, multi-values as lists.
 * <p>A decoded map ({@link TemplatingFunctions#decode}) hands strings out as HTML markup so rich text is not
 * escaped again; every other value is escaped by the templates' HTML auto-escaping.
 */
public final class ContentMap extends AbstractMap<String, Object> {
    private final Node node;
    private final RenderContext context;
    private final boolean decoded;

    ContentMap(Node node, RenderContext context, boolean decoded) {
        this.node = node;
        this.context = context;
        this.decoded = decoded;
    }

    ContentMap(Node node, RenderContext context) {
        this(node, context, false);
    }

    public Node node() {
        return node;
    }

    ContentMap decoded() {
        return new ContentMap(node, context, true);
    }

    public String workspace() {
        return NodePaths.workspace(node);
    }

    public String path() {
        return NodePaths.relative(node);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        try {
            switch (name) {
                case "@name":
                    return node.getDepth() <= 1 ? "" : node.getName();
                case "@path":
                    return path();
                case "@id":
                case "@uuid":
                    return node.isNodeType("mix:referenceable") ? node.getIdentifier() : null;
                case "@nodeType":
                    return node.getPrimaryNodeType().getName();
                case "@depth":
                    return node.getDepth() - 1;
                case "@workspace":
                    return workspace();
                default:
                    break;
            }
            String language = context.language();
            if (!language.equals(context.defaultLanguage()) && node.hasProperty(name + "_" + language)) {
                return value(node.getProperty(name + "_" + language));
            }
            if (node.hasProperty(name)) {
                return value(node.getProperty(name));
            }
            if (!name.contains("/") && !name.contains(":") && node.hasNode(name)) {
                return new ContentMap(node.getNode(name), context, decoded);
            }
            return null;
        } catch (RepositoryException | IllegalArgumentException e) {
            return null;
        }
    }

    private Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value value : property.getValues()) {
                values.add(single(value));
            }
            return values;
        }
        return single(property.getValue());
    }

    private Object single(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal();
            case PropertyType.DATE -> value.getDate().getTime();
            case PropertyType.BINARY -> null;
            default -> decoded ? markup(value.getString()) : value.getString();
        };
    }

    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            return html;
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        try {
            Set<String> names = new LinkedHashSet<>();
            for (PropertyIterator it = node.getProperties(); it.hasNext();) {
                String name = it.nextProperty().getName();
                if (!name.startsWith("jcr:")) {
                    names.add(name);
                }
            }
            for (NodeIterator it = node.getNodes(); it.hasNext();) {
                names.add(it.nextNode().getName());
            }
            for (String name : names) {
                Object value = get(name);
                if (value != null) {
                    all.put(name, value);
                }
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("reading " + path(), e);
        }
        return all.entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentMap map && map.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }

    @Override
    public String toString() {
        return workspace() + ":" + path();
    }
}
