package de.quartiersnetz.cms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/** The server on a random port with a fresh data dir: health, and the demo content imported and published. */
@CmsServerTest
class ServerIntegrationTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path modules = TestLightModules.copyTo(temp.resolve("light-modules"));
        Path broken = Files.createDirectories(modules.resolve("broken-module/contentTypes"));
        Files.writeString(broken.resolve("bad.yaml"), "datasource:\n  workspace: bad\nmodel:\n  properties: [\n");
        Path endpoints = Files.createDirectories(modules.resolve("broken-module/restEndpoints/delivery"));
        Files.writeString(endpoints.resolve("untyped.yaml"), "workspace: news\n");
        Files.writeString(endpoints.resolve("commands.yaml"), "class: info.magnolia.rest.service.command.v2.CommandEndpoint\n");
        Files.writeString(endpoints.resolve("news_v1.yaml"), "$type: jcrDeliveryEndpoint_v2\nworkspace: news\n");
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", modules::toString);
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentRepository repository;

    @Test
    void healthIsUpWithRepositoryAndLightModulesAndNamesTheBrokenFile() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode health = new ObjectMapper().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/repository/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/repository/details/liveWorkspaces").toString())
                .contains("projects", "networks", "officeHours", "workingGroups", "news");
        JsonNode modules = health.at("/components/lightModules");
        assertThat(modules.path("status").asText()).isEqualTo("UP");
        assertThat(modules.at("/details/contentTypes").asInt()).isEqualTo(5);
        assertThat(modules.at("/details/problems").toString()).contains("bad.yaml").contains("\"line\":");
        assertThat(modules.at("/details/problems").toString())
                .contains("untyped.yaml", "has neither $type nor class")
                .contains("commands.yaml", "endpoint type 'info.magnolia.rest.service.command.v2.CommandEndpoint' is not served")
                .contains("endpoint path 'delivery/news/v1' is already served by");
    }

    @Test
    void demoContentIsImportedAndPublishedOnFirstStart() {
        Map<String, Object> chemnitz = repository.read(Tree.LIVE, "test", session -> {
            Node project = session.getNode("/projects/gemeinwesenkoordination-chemnitz-sued");
            return Map.of("title", project.getProperty("title").getString(),
                    "id", project.getIdentifier(),
                    "status", project.getProperty("mgnl:activationStatus").getBoolean());
        });
        assertThat(chemnitz.get("title")).isEqualTo("Gemeinwesenkoordination Chemnitz Süd");
        assertThat(chemnitz.get("status")).isEqualTo(true);

        List<String> officeHoursOfChemnitz = repository.read(Tree.LIVE, "test", session -> {
            List<String> weekdays = new java.util.ArrayList<>();
            for (var it = session.getNode("/officeHours").getNodes(); it.hasNext(); ) {
                Node hours = it.nextNode();
                if (hours.getProperty("project").getString().equals(chemnitz.get("id"))) {
                    weekdays.add(hours.getProperty("weekday").getString());
                }
            }
            return weekdays;
        });
        assertThat(officeHoursOfChemnitz).containsExactlyInAnyOrder("tuesday", "wednesday");
    }

    @Test
    void aHealthPathBelowAComponentIsNotFoundNotAServerError() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("repository/x", "probe/item", "lightModules/a/b/")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/" + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("no such health component");
        }
        HttpResponse<String> component = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/repository")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(component.statusCode()).isEqualTo(200);
        assertThat(component.body()).contains("\"status\":\"UP\"");
    }
}
