package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.search.ContentIndexes;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * The projects app's browser in headless Chromium on the demo content: search, order and back, publish and see the
 * item in the delivery API, delete through the confirmation dialog, the keyboard alone, and axe-core on the screen
 * with and without a dialog open.
 */
@Tag("browser")
@CmsServerTest
class ContentBrowserInChromiumTest {
    static final String PASSWORD = "Quartier-Chromium-2026";
    static final String PROJECTS = "/.magnolia/admincentral/apps/projects";

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
    ContentIndexes indexes;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Page projects() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.navigate(base() + PROJECTS);
        return page;
    }

    static Locator rows(Page page) {
        return page.locator("#browser-results tbody tr");
    }

    static Locator row(Page page, String name) {
        return page.locator("#browser-results tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=paths][value='/" + name + "']")));
    }

    void draft(String name, String title) {
        writer.create("projects", "/", name, Map.of("title", title, "city", "Zwickau"), "editor");
        indexes.author().applyNow(List.of("/projects/" + name), false);
    }

    @Test
    void browsesTheDemoProjectsSearchesSortsAndGoesBackAndIsAccessible() {
        Page page = projects();
        assertThat(page.locator("h1").textContent()).isEqualTo("Projekte");
        assertThat(rows(page).count()).isGreaterThanOrEqualTo(4);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("Chemnitz");
        page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        page.waitForURL(url -> url.contains("q=Chemnitz"));
        assertThat(page.url()).as("empty fields stay out of the shared URL").doesNotContain("status=");
        assertThat(rows(page).count()).isEqualTo(1);
        assertThat(rows(page).first().textContent()).contains("Gemeinwesenkoordination Chemnitz Süd", "Veröffentlicht");
        PlaywrightAssertions.assertThat(page.locator("#browser-live")).containsText("Einträge 1–1 von 1");

        page.locator("#sort-column-title").click();
        page.waitForURL(url -> url.contains("sort=title"));
        assertThat(page.locator("th[aria-sort=ascending] #sort-column-title").count()).isEqualTo(1);
        assertThat(page.evaluate("document.activeElement.id")).as("focus stays on the header").isEqualTo("sort-column-title");

        page.goBack();
        page.waitForURL(url -> !url.contains("sort="));
        page.goBack();
        page.waitForURL(url -> url.endsWith(PROJECTS));
        assertThat(rows(page).count()).isGreaterThanOrEqualTo(4);
        assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).inputValue()).isEmpty();
    }

    @Test
    void publishesASelectedItemThatThenShowsPublishedAndIsInTheDeliveryApi() throws Exception {
        draft("stadtteilladen-zwickau", "Stadtteilladen Zwickau");
        Page page = projects();
        assertThat(row(page, "stadtteilladen-zwickau").textContent()).contains("Neu");
        assertThat(delivery("stadtteilladen-zwickau").statusCode()).isEqualTo(404);

        row(page, "stadtteilladen-zwickau").getByRole(AriaRole.CHECKBOX).check();
        assertThat(page.locator("#browser-selected").textContent()).isEqualTo("1 Eintrag ausgewählt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();

        assertThat(page.locator("#browser-notice").textContent()).isEqualTo("„stadtteilladen-zwickau“ wurde veröffentlicht.");
        assertThat(Chromium.focusedIdAwaiting(page, "browser-notice")).isEqualTo("browser-notice");
        assertThat(row(page, "stadtteilladen-zwickau").locator(".status").textContent()).isEqualTo("Veröffentlicht");
        HttpResponse<String> live = delivery("stadtteilladen-zwickau");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"title\":\"Stadtteilladen Zwickau\"");
    }

    @Test
    void deletesAfterConfirmingInADialogThatKeepsFocusAndIsAccessible() {
        draft("nachbarschaftsgarten", "Nachbarschaftsgarten");
        Page page = projects();
        row(page, "nachbarschaftsgarten").getByRole(AriaRole.CHECKBOX).check();
        Locator delete = page.locator("#browser-actions").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Löschen").setExact(true));
        delete.click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByRole(AriaRole.HEADING).textContent()).isEqualTo("Eintrag löschen?");
        assertThat(dialog.textContent()).contains("nachbarschaftsgarten");
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).as("the safe choice has the focus")
                .isEqualTo("Abbrechen");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.keyboard().press("Escape");
        assertThat(dialog.count()).isZero();
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).as("focus back on the action")
                .isEqualTo("Löschen");

        page.keyboard().press("Enter");
        dialog.waitFor();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Löschen")).click();
        assertThat(page.locator("#browser-notice").textContent()).isEqualTo("„nachbarschaftsgarten“ wurde gelöscht.");
        assertThat(dialog.count()).isZero();
        assertThat(row(page, "nachbarschaftsgarten").count()).isZero();
    }

    @Test
    void aPublishedItemIsDeletedOnlyTogetherWithUnpublishing() {
        Page page = projects();
        row(page, "servicestelle-quartiersentwicklung-und-gemeinwesenarbeit").getByRole(AriaRole.CHECKBOX).check();
        page.locator("#browser-actions").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Löschen").setExact(true)).click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.textContent()).contains("Veröffentlichte Einträge", "werden zuerst zurückgezogen");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zurückziehen und löschen"))
                .isVisible()).isTrue();
        dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Abbrechen")).click();
        assertThat(dialog.count()).isZero();
        assertThat(row(page, "servicestelle-quartiersentwicklung-und-gemeinwesenarbeit").count()).isEqualTo(1);
    }

    @Test
    void theKeyboardAloneSelectsEverythingAndCreatesAFolder() {
        Page page = projects();
        page.locator("#select-all").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#browser-selected").textContent()).endsWith("Einträge ausgewählt");
        assertThat(page.locator("#browser-actions input[name=paths]:checked").count())
                .isEqualTo(page.locator("#browser-actions input[name=paths]").count());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neuer Ordner")).focus();
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.DIALOG).waitFor();
        assertThat(Chromium.focusedIdAwaiting(page, "folder-name")).isEqualTo("folder-name");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.keyboard().type("Archiv");
        page.keyboard().press("Enter");
        assertThat(page.locator("#browser-notice").textContent()).isEqualTo("Der Ordner „Archiv“ wurde angelegt.");
        assertThat(page.locator("#browser-results tbody a.folder-link").first().textContent()).startsWith("Archiv");
    }

    private HttpResponse<String> delivery(String name) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/.rest/delivery/projects/v1/" + name)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
