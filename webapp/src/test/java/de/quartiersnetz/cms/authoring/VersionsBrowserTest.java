package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** List, compare and restore a version in headless Chromium, every screen checked with axe-core. */
@Tag("browser")
@CmsServerTest
class VersionsBrowserTest {
    static final String PASSWORD = "Quartier-Versionen-2026";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

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

    @Test
    void anEditorComparesAnEarlierVersionAndRestoresItAsTheDraft() {
        ContentRef shop = writer.create("projects", "/", "stadtteilladen", Map.of("title", "Stadtteilladen",
                "offers", List.of(Map.of("title", "Beratung"))), "anna");
        publisher.publish("projects", shop.path(), false, "anna");
        writer.update("projects", shop.path(), Map.of("title", "Stadtteilladen Grünau",
                "offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Kurse"))), "ben");
        publisher.publish("projects", shop.path(), false, "ben");
        String base = "http://127.0.0.1:" + port;
        Page page = chromium.newPage();
        Chromium.login(page, base, "superuser", PASSWORD);

        page.navigate(base + "/.magnolia/admincentral/apps/projects/versions?path=/stadtteilladen");
        assertThat(page.locator("tbody tr").count()).isEqualTo(2);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1 mit dem Entwurf vergleichen"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Version 1 im Vergleich: /stadtteilladen");
        assertThat(page.getByRole(AriaRole.ROWHEADER).allTextContents()).containsExactly("Titel (geändert)",
                "Angebote / Schwerpunkte 2 › Angebot (hinzugefügt)");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1 wiederherstellen …")).click();
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, Version 1 wiederherstellen")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first().textContent())
                .contains("Version 1 wurde als neuer Entwurf wiederhergestellt.");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 2 mit dem Entwurf vergleichen"))
                .click();
        assertThat(page.getByRole(AriaRole.ROWHEADER).allTextContents()).containsExactly("Titel (geändert)",
                "Angebote / Schwerpunkte 2 › Angebot (entfernt)");
    }
}
