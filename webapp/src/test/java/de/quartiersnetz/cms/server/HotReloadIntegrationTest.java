package de.quartiersnetz.cms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/** A running server picks up added, changed and deleted light-module files within 2 s, without a restart. */
@CmsServerTest
class HotReloadIntegrationTest {
    private static final long DEADLINE_MILLIS = 2000;

    @TempDir
    static Path temp;
    static Path modules;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        modules = TestLightModules.copyTo(temp.resolve("light-modules"));
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", modules::toString);
        registry.add("quartiersnetz.demo-content", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    DefinitionRegistry registry;
    @Autowired
    ContentRepository repository;

    @Test
    void addedChangedAndDeletedDefinitionsTakeEffectWithinTwoSeconds() throws Exception {
        Path contentType = modules.resolve("quartiersnetz-content/contentTypes/event.yaml");
        Files.writeString(contentType, "datasource:\n  workspace: events\nmodel:\n  properties:\n    - name: title\n");
        assertThat(await(() -> registry.findContentType("event").isPresent())).as("added").isTrue();
        assertThat(await(() -> repository.workspaces(Tree.AUTHOR).contains("events"))).as("workspace created").isTrue();

        Path endpoint = modules.resolve("quartiersnetz-content/restEndpoints/delivery/events_v1.yaml");
        Files.writeString(endpoint, "$type: jcrDeliveryEndpoint_v2\nworkspace: events\n");
        assertThat(await(() -> status("/.rest/delivery/events/v1/@nodes") == 200)).as("endpoint added").isTrue();

        Files.writeString(contentType, "datasource:\n  workspace: events\nmodel:\n  properties:\n"
                + "    - name: title\n    - name: venue\n");
        assertThat(await(() -> registry.findContentType("event").orElseThrow().property("venue").isPresent()))
                .as("changed").isTrue();

        Files.delete(contentType);
        Files.delete(endpoint);
        assertThat(await(() -> registry.findContentType("event").isEmpty())).as("deleted").isTrue();
        assertThat(await(() -> status("/.rest/delivery/events/v1/@nodes") == 404)).as("endpoint deleted").isTrue();
    }

    @Test
    void aBrokenFileIsReportedAndTheRestKeepsWorking() throws Exception {
        Path broken = modules.resolve("quartiersnetz-content/contentTypes/kaputt.yaml");
        Files.writeString(broken, "datasource:\n  workspace: [\n");
        assertThat(await(() -> registry.problems().stream().anyMatch(p -> p.file().endsWith("kaputt.yaml"))))
                .isTrue();
        assertThat(registry.findContentType("project")).isPresent();
        assertThat(status("/actuator/health")).isEqualTo(200);
        Files.delete(broken);
        assertThat(await(() -> registry.problems().isEmpty())).isTrue();
    }

    private int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(25);
        }
        return condition.getAsBoolean();
    }
}
