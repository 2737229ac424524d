package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code contentTypes/<name>.yaml}.
 *
 * @param name       {@code name} from the file, else the definition name (path below {@code contentTypes/})
 * @param rootPath   {@code datasource.rootPath}, {@code /} unless given
 * @param nodeType   {@code model.nodeType}, {@code mgnl:content} unless given
 * @param namespaces {@code datasource.namespaces} ({@code prefix: uri}), in file order
 */
public record ContentTypeDefinition(String name, String module, String workspace, String rootPath, String nodeType,
                                    Map<String, String> namespaces, List<PropertyDefinition> properties,
                                    List<SubModelDefinition> subModels, Path source) {

    public ContentTypeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workspace, "workspace");
        rootPath = rootPath == null || rootPath.isBlank() ? "/" : rootPath;
        nodeType = nodeType == null || nodeType.isBlank() ? "mgnl:content" : nodeType;
        namespaces = namespaces == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
        properties = properties == null ? List.of() : List.copyOf(properties);
        subModels = subModels == null ? List.of() : List.copyOf(subModels);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    /**
     * The submodel of that name. A property whose {@code type} names a submodel refers to the submodel,
     * even when a content type of the same name exists.
     */
    public Optional<SubModelDefinition> subModel(String subModelName) {
        return subModels.stream().filter(s -> s.name().equals(subModelName)).findFirst();
    }

    /** What the property's type means; works for properties of this type's submodels too. */
    public PropertyKind kindOf(PropertyDefinition property) {
        String type = property.type();
        switch (type.toLowerCase(Locale.ROOT)) {
            case "string": return PropertyKind.STRING;
            case "boolean": return PropertyKind.BOOLEAN;
            case "long": return PropertyKind.LONG;
            case "double": return PropertyKind.DOUBLE;
            case "decimal": return PropertyKind.DECIMAL;
            case "date": return PropertyKind.DATE;
            case "richtext": return PropertyKind.RICH_TEXT;
            case "asset", "reference:asset": return PropertyKind.ASSET;
            default:
                if (property.referencePrefixTarget().isPresent()) {
                    return PropertyKind.REFERENCE;
                }
                return subModel(type).isPresent() ? PropertyKind.SUBMODEL : PropertyKind.REFERENCE;
        }
    }

    /** For a {@link PropertyKind#REFERENCE} property: the referenced content type (or workspace) name. */
    public Optional<String> referenceTarget(PropertyDefinition property) {
        if (kindOf(property) != PropertyKind.REFERENCE) {
            return Optional.empty();
        }
        return Optional.of(property.referencePrefixTarget().orElse(property.type()));
    }
}
