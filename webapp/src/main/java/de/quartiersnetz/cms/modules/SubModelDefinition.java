package de.quartiersnetz.cms.modules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submodel of a content type: items are stored as child nodes.
 *
 * @param nodeType {@code mgnl:contentNode} unless given
 */
public record SubModelDefinition(String name, String nodeType, List<PropertyDefinition> properties) {

    public SubModelDefinition {
        Objects.requireNonNull(name, "name");
        nodeType = nodeType == null || nodeType.isBlank() ? "mgnl:contentNode" : nodeType;
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
