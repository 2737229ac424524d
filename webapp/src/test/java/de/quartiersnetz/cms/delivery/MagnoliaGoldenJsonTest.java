package de.quartiersnetz.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.server.CmsServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Magnolia's documented read-node example (an area with two components, delivery API page of the
 * headless docs) rebuilt as a light module with bootstrap content: our JSON must match it key by key,
 * in order, value by value.
 */
@CmsServerTest
class MagnoliaGoldenJsonTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/golden").toAbsolutePath();

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", FIXTURE::toString);
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void areaWithComponentsMatchesMagnoliasDocumentedJsonKeyByKey() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/.rest/delivery/pages/v1/travel/about/main")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        JsonNode expected = json.readTree(Files.readString(FIXTURE.resolve("main-area.json")));
        JsonNode actual = json.readTree(response.body());
        assertThat(keyPaths(actual)).containsExactlyElementsOf(keyPaths(expected));
        assertThat(actual).isEqualTo(expected);
    }

    /** Every key with its path, in document order, so order differences fail too. */
    private static List<String> keyPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            paths.add(prefix + entry.getKey());
            collect(entry.getValue(), prefix + entry.getKey() + ".", paths);
        }
    }
}
