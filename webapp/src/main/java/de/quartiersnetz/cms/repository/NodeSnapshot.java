package de.quartiersnetz.cms.repository;

import java.util.List;
import java.util.Optional;

/**
 * A detached copy of a node tree in JCR's own terms (names, property types, values in their JCR string form).
 * It is the shared currency of import, export and publishing, so the three cannot drift apart.
 *
 * @param line the source line the node came from, 0 when it came from the repository
 */
public record NodeSnapshot(String name, String primaryType, String identifier, List<String> mixins,
                           List<Property> properties, List<NodeSnapshot> children, int line) {

    public NodeSnapshot {
        mixins = List.copyOf(mixins);
        properties = List.copyOf(properties);
        children = List.copyOf(children);
    }

    /** @param type a {@link javax.jcr.PropertyType} constant */
    public record Property(String name, int type, boolean multiple, List<String> values) {
        public Property {
            values = List.copyOf(values);
        }

        public String value() {
            return values.isEmpty() ? null : values.get(0);
        }
    }

    public Optional<Property> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    public NodeSnapshot withProperties(List<Property> replaced) {
        return new NodeSnapshot(name, primaryType, identifier, mixins, replaced, children, line);
    }

    public NodeSnapshot withChildren(List<NodeSnapshot> replaced) {
        return new NodeSnapshot(name, primaryType, identifier, mixins, properties, replaced, line);
    }
}
