package de.quartiersnetz.cms.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Generates the app descriptor that {@code !content-type:<name>} stands for (formats doc §2). */
final class AppGenerator {

    private final FieldGenerator fields;

    AppGenerator(Function<String, Optional<ContentTypeDefinition>> contentTypes) {
        this.fields = new FieldGenerator(contentTypes);
    }

    Map<String, Object> generate(ContentTypeDefinition type) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("name", type.name());
        app.put("contentType", type.name());
        app.put("label", type.name());
        app.put("datasource", map("workspace", type.workspace(), "rootPath", type.rootPath()));

        Map<String, Object> columns = new LinkedHashMap<>();
        List<PropertyDefinition> properties = type.properties();
        if (!properties.isEmpty()) {
            columns.put(properties.get(0).name(), new LinkedHashMap<>());
        }
        Map<String, Object> browser = map("workbench", map("contentViews", map("tree", map("columns", columns))));
        Map<String, Object> detail = map("form", map("properties", fields.fields(type, properties, false)));
        app.put("subApps", map("browser", browser, "detail", detail));
        return app;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
