package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the resolved tree of a {@code contentTypes/*.yaml} file into a {@link ContentTypeDefinition}. */
final class ContentTypeReader {

    ContentTypeDefinition read(DefinitionFile file, Map<String, Object> tree) throws DefinitionException {
        Map<String, Object> datasource = Trees.mapOrNull(tree.get("datasource"));
        String workspace = datasource == null ? null : Trees.string(datasource.get("workspace"));
        if (workspace == null || workspace.isBlank()) {
            throw new DefinitionException(0, "'datasource.workspace' is required");
        }
        Map<String, Object> model = Trees.mapOrNull(tree.get("model"));
        if (model == null) {
            throw new DefinitionException(0, "'model' is required (with 'properties')");
        }
        String name = Trees.string(tree.get("name"));
        List<SubModelDefinition> subModels = new ArrayList<>();
        for (Map<String, Object> subModel : namedCollection(model.get("subModels"), "model.subModels")) {
            String subName = (String) subModel.get("name");
            subModels.add(new SubModelDefinition(subName, Trees.string(subModel.get("nodeType")),
                    properties(subModel.get("properties"), "model.subModels." + subName + ".properties")));
        }
        return new ContentTypeDefinition(
                name == null || name.isBlank() ? file.name() : name,
                file.module(),
                workspace.strip(),
                Trees.string(datasource.get("rootPath")),
                Trees.string(model.get("nodeType")),
                namespaces(datasource.get("namespaces")),
                properties(model.get("properties"), "model.properties"),
                subModels,
                file.path());
    }

    private List<PropertyDefinition> properties(Object value, String where) throws DefinitionException {
        List<PropertyDefinition> properties = new ArrayList<>();
        for (Map<String, Object> item : namedCollection(value, where)) {
            properties.add(new PropertyDefinition(
                    (String) item.get("name"),
                    Trees.string(item.get("type")),
                    Trees.bool(item.get("required")),
                    Trees.bool(item.get("multiple")),
                    Trees.bool(item.get("i18n")),
                    Trees.string(item.get("label")),
                    options(item.get("options"))));
        }
        return properties;
    }

    private static List<OptionDefinition> options(Object value) {
        List<OptionDefinition> options = new ArrayList<>();
        for (Map<String, Object> item : MagnoliaYaml.namedItems(value)) {
            options.add(new OptionDefinition((String) item.get("name"),
                    Trees.string(item.get("value")), Trees.string(item.get("label"))));
        }
        return options;
    }

    /** Like {@link MagnoliaYaml#namedItems}, but an item it would silently drop is an error here. */
    private static List<Map<String, Object>> namedCollection(Object value, String where) throws DefinitionException {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> item) || item.get("name") == null) {
                    throw new DefinitionException(0, "'" + where + "' item " + (i + 1) + " has no 'name'");
                }
            }
        } else if (!(value instanceof Map)) {
            throw new DefinitionException(0, "'" + where + "' must be a list or a map, not '" + value + "'");
        }
        return MagnoliaYaml.namedItems(value);
    }

    private static Map<String, String> namespaces(Object value) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((prefix, uri) -> namespaces.put(String.valueOf(prefix), Trees.string(uri)));
        }
        return namespaces;
    }
}
