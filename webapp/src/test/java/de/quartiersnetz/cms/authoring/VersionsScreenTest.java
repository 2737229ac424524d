package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The versions screens over real HTTP, logged in as superuser, on the demo content published at first start. */
@CmsServerTest
class VersionsScreenTest {
    static final String PASSWORD = "Quartier-Test-2026";
    static final String VERSIONS = "/.magnolia/admincentral/apps/projects/versions";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    ContentWriter writer;
    @Autowired
    Publisher publisher;
    @Autowired
    ContentRepository repository;

    AdminCentralClient client;

    @BeforeEach
    void logIn() {
        client = new AdminCentralClient(port);
        assertThat(client.login("superuser", PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void theListShowsWhoPublishedEachVersionNewestFirst() {
        ContentRef shop = publishedShop("laden-liste", "Stadtteilladen");
        writer.update("projects", shop.path(), Map.of("title", "Stadtteilladen Grünau"), "superuser");
        publisher.publish("projects", shop.path(), false, "superuser");

        HttpResponse<String> page = client.get(VERSIONS + "?path=" + shop.path());

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<h1>Versionen: /laden-liste</h1>", "Veröffentlicht von", "anna", "superuser",
                "Version 2 mit dem Entwurf vergleichen", "Version 1 wiederherstellen");
        assertThat(body.indexOf(">2</td>")).isLessThan(body.indexOf(">1</td>")).isPositive();
    }

    @Test
    void theDemoContentHasTheVersionItsBootstrapPublished() {
        String body = client.get(VERSIONS + "?path=/gemeinwesenkoordination-chemnitz-sued").body();
        assertThat(body).contains(">1</td>", "<td>system</td>");
    }

    @Test
    void theDiffNamesTheChangedFieldsWithTheirGermanLabels() {
        ContentRef shop = publishedShop("laden-vergleich", "Stadtteilladen");
        writer.update("projects", shop.path(), Map.of("title", "Stadtteilladen Grünau", "title_en", "Shop",
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Kurse")),
                "runningFrom", "2024-03-01"), "superuser");

        HttpResponse<String> page = client.get(VERSIONS + "/1/diff?path=" + shop.path());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Version 1 im Vergleich", "Aktueller Entwurf",
                "Titel <span class=\"change-kind\">(geändert)</span>", "<li>Stadtteilladen</li>",
                "<li>Stadtteilladen Grünau</li>", "Titel (EN) <span class=\"change-kind\">(hinzugefügt)</span>",
                "Angebote / Schwerpunkte 2 › Angebot <span class=\"change-kind\">(hinzugefügt)</span>",
                "<li>Kurse</li>", "Laufzeit von", "<li>01.03.2024</li>")
                .doesNotContain("Angebote / Schwerpunkte 1 › Angebot");
    }

    @Test
    void restoreAsksForConfirmationThenMakesANewDraftAndSaysSo() {
        ContentRef shop = publishedShop("laden-zurueck", "Stadtteilladen");
        writer.update("projects", shop.path(), Map.of("title", "Umbenannt"), "superuser");

        HttpResponse<String> confirm = client.get(VERSIONS + "/1/restore?path=" + shop.path());
        assertThat(confirm.body()).contains("Version 1 wiederherstellen", "Ja, Version 1 wiederherstellen",
                "name=\"confirmed\" value=\"true\"", "name=\"_csrf\"");
        assertThat(client.postRaw(VERSIONS + "/1/restore?path=" + shop.path(), Map.of("confirmed", "true"))
                .statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(client.post(VERSIONS + "/1/restore?path=" + shop.path(), Map.of()).body())
                .as("without the confirmation").contains("Ja, Version 1 wiederherstellen");
        assertThat(title(shop)).isEqualTo("Umbenannt");

        HttpResponse<String> restored = client.post(VERSIONS + "/1/restore?path=" + shop.path(),
                Map.of("confirmed", "true"));

        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(restored.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(VERSIONS + "?path=%2Fladen-zurueck"));
        String location = restored.headers().firstValue("Location").orElseThrow();
        assertThat(client.get(location.substring(client.base().length())).body())
                .contains("Version 1 wurde als neuer Entwurf wiederhergestellt.");
        assertThat(title(shop)).isEqualTo("Stadtteilladen");
        assertThat(repository.<String>read(Tree.LIVE, "test", s -> s.getNode("/projects" + shop.path())
                .getProperty("title").getString())).isEqualTo("Stadtteilladen");
        assertThat(repository.<String>read(Tree.AUTHOR, "test", s -> s.getNode("/projects" + shop.path())
                .getProperty("mgnl:lastModifiedBy").getString())).isEqualTo("superuser");
    }

    @Test
    void aVersionThatNoLongerFitsIsRefusedWithTheFieldNamedInGerman() {
        ContentRef network = writer.create("networks", "/", "netzwerk-kurzlebig", Map.of("title", "Kurzlebig"), "anna");
        ContentRef shop = writer.create("projects", "/", "laden-verweis", Map.of("title", "Laden",
                "networks", List.of(network.identifier())), "anna");
        publisher.publish("projects", shop.path(), false, "anna");
        writer.update("projects", shop.path(), Map.of("title", "Laden ohne Netzwerk"), "superuser");
        writer.delete("networks", network.path());

        client.get(VERSIONS + "/1/restore?path=" + shop.path());
        HttpResponse<String> refused = client.post(VERSIONS + "/1/restore?path=" + shop.path(),
                Map.of("confirmed", "true"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("passt nicht mehr zum Inhaltstyp",
                "<strong>Netzwerke</strong>: verweist auf einen Eintrag, den es nicht mehr gibt")
                .doesNotContain("Exception");
        assertThat(title(shop)).isEqualTo("Laden ohne Netzwerk");
    }

    @Test
    void unknownItemsVersionsAndAppsAnswer404AndBadPaths400WithAMessage() {
        HttpResponse<String> noItem = client.get(VERSIONS + "?path=/gibt-es-nicht");
        assertThat(noItem.statusCode()).isEqualTo(404);
        assertThat(noItem.body()).contains("Nicht gefunden", "/gibt-es-nicht").doesNotContain("Exception");
        assertThat(client.get(VERSIONS + "/7/diff?path=/gemeinwesenkoordination-chemnitz-sued").statusCode())
                .isEqualTo(404);
        assertThat(client.get("/.magnolia/admincentral/apps/keine-app/versions?path=/x").statusCode()).isEqualTo(404);
        HttpResponse<String> badPath = client.get(VERSIONS + "?path=/a/%5Bb%5D");
        assertThat(badPath.statusCode()).isEqualTo(400);
        assertThat(badPath.body()).contains("Ungültige Anfrage", "invalid segment");
    }

    @Test
    void anonymousRequestsGoToTheLogin() {
        AdminCentralClient anonymous = new AdminCentralClient(port);
        HttpResponse<String> page = anonymous.get(VERSIONS + "?path=/gemeinwesenkoordination-chemnitz-sued");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.magnolia/login"));
        HttpResponse<String> htmx = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + VERSIONS
                + "?path=/gemeinwesenkoordination-chemnitz-sued")).header("HX-Request", "true").build());
        assertThat(htmx.statusCode()).isEqualTo(401);
    }

    private ContentRef publishedShop(String name, String title) {
        ContentRef shop = writer.create("projects", "/", name, Map.of("title", title,
                "offers", List.of(Map.of("title", "Beratung"))), "anna");
        publisher.publish("projects", shop.path(), false, "anna");
        return shop;
    }

    private String title(ContentRef item) {
        return repository.read(Tree.AUTHOR, "test", s -> s.getNodeByIdentifier(item.identifier())
                .getProperty("title").getString());
    }
}
