package de.quartiersnetz.cms.authoring;

import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/** Which workspace a reference property points into: the link field's datasource, else the model's target type. */
final class ReferenceTargets {
    private final DefinitionRegistry registry;

    ReferenceTargets(DefinitionRegistry registry) {
        this.registry = registry;
    }

    Optional<String> workspace(ContentTypeDefinition type, PropertyDefinition property, Map<String, Object> formField) {
        if (type.kindOf(property) == PropertyKind.ASSET) {
            return Optional.of(de.quartiersnetz.cms.assets.AssetStore.WORKSPACE);
        }
        if (type.kindOf(property) != PropertyKind.REFERENCE) {
            return Optional.empty();
        }
        if (FieldWidgets.singleField(formField).get("datasource") instanceof Map<?, ?> datasource
                && datasource.get("workspace") != null) {
            return Optional.of(String.valueOf(datasource.get("workspace")));
        }
        return type.referenceTarget(property).map(target -> registry.findContentType(target)
                .map(ContentTypeDefinition::workspace).orElse(target));
    }
}
