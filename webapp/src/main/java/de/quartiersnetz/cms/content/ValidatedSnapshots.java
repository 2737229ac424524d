package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.List;

import de.quartiersnetz.cms.repository.NodeSnapshot;

/**
 * Rebuilds an imported item from its validated values: model properties take their model types
 * (a quoted date becomes a Date), system properties and the identifiers of the file are kept.
 */
final class ValidatedSnapshots {
    private ValidatedSnapshots() {
    }

    static NodeSnapshot merge(NodeSnapshot original, List<NodeSnapshot.Property> validated, List<NodeSnapshot> subModels) {
        return keepIdentity(original, new NodeSnapshot(original.name(), original.primaryType(), null, List.of(),
                validated, subModels, original.line()));
    }

    private static NodeSnapshot keepIdentity(NodeSnapshot source, NodeSnapshot validated) {
        List<NodeSnapshot.Property> properties = new ArrayList<>();
        for (NodeSnapshot.Property property : source.properties()) {
            if (property.name().contains(":")) {
                properties.add(property);
            }
        }
        properties.addAll(validated.properties());
        properties.sort((a, b) -> a.name().compareTo(b.name()));
        List<NodeSnapshot> children = new ArrayList<>();
        for (NodeSnapshot child : validated.children()) {
            children.add(source.children().stream().filter(c -> c.name().equals(child.name())).findFirst()
                    .map(s -> keepIdentity(s, child)).orElse(child));
        }
        return new NodeSnapshot(source.name(), source.primaryType(), source.identifier(), source.mixins(),
                properties, children, source.line());
    }
}
