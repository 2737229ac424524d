package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.NodeSnapshot;

/**
 * Reads an item snapshot as the submitted-values map the validator takes, so imported items pass the
 * same checks as items saved from a form. Submodels: a multiple one is a child node holding entries
 * {@code 0, 1, ...}; a single one is a child node of the property's name.
 */
final class SnapshotValues {
    private SnapshotValues() {
    }

    static Map<String, Object> of(NodeSnapshot item, ContentTypeDefinition type) {
        return of(item, type, type.properties());
    }

    private static Map<String, Object> of(NodeSnapshot node, ContentTypeDefinition type,
                                          List<PropertyDefinition> definitions) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (NodeSnapshot.Property property : node.properties()) {
            values.put(property.name(), property.multiple() ? property.values() : property.value());
        }
        for (NodeSnapshot child : node.children()) {
            Optional<PropertyDefinition> definition = definitions.stream()
                    .filter(d -> d.name().equals(child.name()) && type.kindOf(d) == PropertyKind.SUBMODEL).findFirst();
            if (definition.isEmpty()) {
                values.put(child.name(), List.of(Map.of()));
                continue;
            }
            List<PropertyDefinition> subProperties = type.subModel(definition.get().type()).orElseThrow().properties();
            if (definition.get().multiple()) {
                List<Map<String, Object>> entries = new ArrayList<>();
                for (NodeSnapshot entry : child.children()) {
                    entries.add(of(entry, type, subProperties));
                }
                values.put(child.name(), entries);
            } else {
                values.put(child.name(), of(child, type, subProperties));
            }
        }
        return values;
    }
}
