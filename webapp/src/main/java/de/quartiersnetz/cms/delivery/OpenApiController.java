package de.quartiersnetz.cms.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;

/** {@code GET /.rest/openapi.json}: an OpenAPI 3.0 document generated from the loaded endpoint definitions. */
@RestController
@ConditionalOnWebApplication
class OpenApiController {
    private final DeliveryEndpoints endpoints;
    private final DefinitionRegistry registry;

    OpenApiController(DeliveryEndpoints endpoints, DefinitionRegistry registry) {
        this.endpoints = endpoints;
        this.registry = registry;
    }

    @GetMapping("/.rest/openapi.json")
    Map<String, Object> openApi() {
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Error", Map.of("type", "object", "properties", Map.of(
                "code", Map.of("type", "string"), "message", Map.of("type", "string"),
                "parameter", Map.of("type", "string"))));
        for (DeliveryEndpoint endpoint : endpoints.all()) {
            String schema = schemaName(endpoint);
            schemas.put(schema, nodeSchema(registry.findContentTypeByWorkspace(endpoint.workspace()).orElse(null)));
            String base = "/.rest/" + endpoint.endpointPath();
            paths.put(base, Map.of("get", operation(endpoint, "Query published items of workspace '"
                    + endpoint.workspace() + "'", queryParameters(endpoint), Map.of("type", "object", "properties",
                    Map.of("results", Map.of("type", "array", "items", ref(schema)),
                            "total", Map.of("type", "integer", "description", "with total=true"))))));
            paths.put(base + "/{path}", Map.of("get", operation(endpoint, "Read one published node (append @nodes for"
                    + " its children)", List.of(parameter("path", "path", "node path below the endpoint's rootPath", true),
                    parameter("lang", "query", "language", false)), ref(schema))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Quartiersnetz delivery API",
                "description", "Magnolia delivery endpoint v2 compatible; published content only.", "version", "1"));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas));
        return document;
    }

    private static Map<String, Object> operation(DeliveryEndpoint endpoint, String summary, List<Object> parameters,
                                                 Map<String, Object> schema) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", summary);
        operation.put("operationId", endpoint.endpointPath().replaceAll("[^A-Za-z0-9]", "_") + (summary.startsWith("Query")
                ? "_query" : "_read"));
        operation.put("parameters", parameters);
        operation.put("responses", Map.of(
                "200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", schema))),
                "304", Map.of("description", "Not modified (ETag / Last-Modified)"),
                "400", Map.of("description", "Invalid parameter", "content", errorContent()),
                "404", Map.of("description", "Not found", "content", errorContent())));
        return operation;
    }

    private static List<Object> queryParameters(DeliveryEndpoint endpoint) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(parameter("limit", "query", "page size, 1.." + endpoint.options().maxLimit() + " (default "
                + endpoint.limit() + ")", false));
        parameters.add(parameter("offset", "query", "items to skip", false));
        parameters.add(parameter("orderBy", "query", "e.g. 'date desc,title asc'", false));
        parameters.add(parameter("q", "query", "full-text search (German stemming)", false));
        parameters.add(parameter("lang", "query", "language (also Accept-Language)", false));
        parameters.add(parameter("fields", "query", "comma-separated properties to include", false));
        parameters.add(parameter("total", "query", "true adds the total count", false));
        if (endpoint.options().openAt() != null) {
            parameters.add(parameter("openAt", "query", "local date-time, e.g. 2026-11-24T16:00: items open then", false));
        }
        parameters.add(parameter("{property}[{operator}]", "query", "filter; operators eq ne gt lt gte lte like in"
                + " not-in null; ranges a~b; alternatives a|b; special @name @ancestor @jcr:uuid", false));
        return parameters;
    }

    private static Map<String, Object> nodeSchema(ContentTypeDefinition type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String key : List.of("@name", "@path", "@id", "@nodeType")) {
            properties.put(key, Map.of("type", "string"));
        }
        if (type != null) {
            for (PropertyDefinition property : type.properties()) {
                Map<String, Object> value = Map.of("type", "string", "description", property.type());
                properties.put(property.name(), property.multiple() ? Map.of("type", "array", "items", value) : value);
            }
        }
        properties.put("@nodes", Map.of("type", "array", "items", Map.of("type", "string")));
        return Map.of("type", "object", "properties", properties);
    }

    private static Map<String, Object> parameter(String name, String in, String description, boolean required) {
        return Map.of("name", name, "in", in, "description", description, "required", required,
                "schema", Map.of("type", "string"));
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    private static Map<String, Object> errorContent() {
        return Map.of("application/json", Map.of("schema", ref("Error")));
    }

    private static String schemaName(DeliveryEndpoint endpoint) {
        return endpoint.endpointPath().replaceAll("[^A-Za-z0-9]", "_");
    }
}
