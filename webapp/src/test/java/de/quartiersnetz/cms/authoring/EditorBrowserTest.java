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

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.content.ContentItem;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The content editor in headless Chromium: picker, groups, TinyMCE, errors, keyboard and axe-core. */
@Tag("browser")
@CmsServerTest
class EditorBrowserTest {
    static final String PASSWORD = "Quartier-Editor-Browser-2026";
    static final String APPS = "/.magnolia/admincentral/apps";

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
    ContentReader reader;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Page editor(String path) {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.navigate(base() + APPS + path);
        return page;
    }

    @Test
    void createsAProjectWithTwoPickedReferencesAndTwoOffers() {
        Page page = editor("/projects/new?parent=/");
        waitForRichText(page);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        textbox(page, "Titel").fill("Stadtteilladen Volkmarsdorf");
        pick(page, "networks", 0, "Leipziger", "Netzwerk Leipziger Osten");
        pick(page, "networks", 1, "ThASG", null);
        button(page, "Eintrag hinzufügen (Angebote / Schwerpunkte)").click();
        awaitReload(page, "#f-offers-0-title");
        page.locator("#f-offers-0-title").fill("Beratung");
        button(page, "Eintrag hinzufügen (Angebote / Schwerpunkte)").click();
        awaitReload(page, "#f-offers-1-title");
        assertThat(page.locator("#f-offers-0-title").inputValue()).isEqualTo("Beratung");
        page.locator("#f-offers-1-title").fill("Nachbarschaftscafé");
        assertThat(page.locator("#f-networks-0-current").textContent()).contains("Netzwerk Leipziger Osten");

        button(page, "Speichern").first().click();
        page.waitForURL(url -> url.endsWith(APPS + "/projects?path=%2F"));
        assertThat(page.locator("#browser-notice").textContent()).contains("Stadtteilladen Volkmarsdorf");
        assertThat(page.locator("table").textContent()).contains("stadtteilladen-volkmarsdorf", "Neu");

        ContentItem saved = reader.read("projects", "/stadtteilladen-volkmarsdorf");
        assertThat(saved.values().get("networks")).isEqualTo(List.of(
                reader.read("networks", "/netzwerk-leipziger-osten").identifier(),
                reader.read("networks", "/thasg").identifier()));
        assertThat(saved.values().get("offers")).isEqualTo(List.of(Map.of("title", "Beratung"),
                Map.of("title", "Nachbarschaftscafé")));
        Page edit = chromium.newPage();
        Chromium.login(edit, base(), "superuser", PASSWORD);
        edit.navigate(base() + APPS + "/projects/edit?path=%2Fstadtteilladen-volkmarsdorf");
        assertThat(edit.locator("#f-networks-1-current").textContent()).contains("Thüringer Arbeitsgemeinschaft");
    }

    @Test
    void aValidationErrorIsShownAtTheFieldWithTheInputKeptAndNoAccessibilityViolations() {
        Page page = editor("/officeHours/new?parent=/");
        waitForRichText(page);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        textbox(page, "Von (HH:mm)").fill("15 Uhr");
        textbox(page, "Bis (HH:mm)").fill("18:00");
        page.locator("#f-note").fill("weitere Termine nach Absprache");
        pick(page, "project", -1, "Chemnitz", "Gemeinwesenkoordination Chemnitz Süd");

        Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> button(page, "Speichern").first().click());
        assertThat(response.status()).isEqualTo(422);
        awaitReload(page, "#error-summary");
        assertThat(Chromium.focusedIdAwaiting(page, "error-summary")).isEqualTo("error-summary");
        Locator opens = textbox(page, "Von (HH:mm)");
        assertThat(opens.inputValue()).isEqualTo("15 Uhr");
        assertThat(opens.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#" + opens.getAttribute("aria-describedby").split(" ")[1]).textContent())
                .contains("Bitte eine Uhrzeit im Format HH:mm eingeben");
        assertThat(page.locator("#f-note").inputValue()).isEqualTo("weitere Termine nach Absprache");
        assertThat(page.locator("#f-project-current").textContent()).contains("Gemeinwesenkoordination Chemnitz Süd");
        assertThat(page.locator("#error-summary a").allTextContents()).anySatisfy(text -> assertThat(text).contains("Wochentag"));
        waitForRichText(page);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.locator("#error-summary a[href='#f-opens']").click();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("f-opens");
    }

    @Test
    void richTextEditedInTinyMceIsStoredSanitised() {
        Page page = chromium.newPage();
        List<String> consoleErrors = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.navigate(base() + APPS + "/projects/edit?path=%2Fquartiersmanagement-leipziger-osten");
        waitForRichText(page);
        assertThat(consoleErrors).as("TinyMCE loads from the WebJar within AdminCentral's CSP").isEmpty();
        assertThat(page.locator("button.tox-tbtn[aria-label='Fett']").count()).as("German toolbar").isPositive();
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.evaluate("() => tinymce.get('f-description').setContent("
                + "'<p style=\"color:red\" onclick=\"alert(1)\">Rot</p><iframe src=\"https://example.org\"></iframe>"
                + "<p><a href=\"javascript:alert(1)\">böse</a> <a href=\"https://www.leipziger-osten.de\">gut</a></p>')");
        page.frameLocator("#f-description_ifr").locator("body").click();
        page.keyboard().press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().press("Control+B");
        page.keyboard().type("Fett getippt");

        button(page, "Speichern").first().click();
        page.waitForURL(url -> url.contains(APPS + "/projects?path="));

        String stored = (String) reader.read("projects", "/quartiersmanagement-leipziger-osten").values().get("description");
        assertThat(stored).contains("<p>Rot</p>", "<strong>Fett getippt</strong>",
                "<a href=\"https://www.leipziger-osten.de\" rel=\"noopener\">gut</a>")
                .doesNotContain("style", "onclick", "iframe", "javascript");
    }

    @Test
    void theKeyboardAloneFillsARequiredFieldAddsAGroupAndSaves() {
        Page page = editor("/workingGroups/new?parent=/");
        waitForRichText(page);
        tabTo(page, "f-title");
        page.keyboard().type("AK Nachbarschaft");
        tabTo(page, "f-moderators-add");
        page.keyboard().press("Enter");
        awaitReload(page, "#f-moderators-0-name");
        assertThat(Chromium.focusedIdAwaiting(page, "f-moderators-0-name")).isEqualTo("f-moderators-0-name");
        page.keyboard().type("Frau Beispiel");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains(APPS + "/workingGroups?path="));

        ContentItem saved = reader.read("workingGroups", "/ak-nachbarschaft");
        assertThat(saved.values()).containsEntry("title", "AK Nachbarschaft")
                .containsEntry("moderators", List.of(Map.of("name", "Frau Beispiel")));
    }

    @Test
    void savingAnItemUnchangedChangesNoValue() {
        ContentItem before = reader.read("news", "/laenderuebergreifendes-lag-treffen-2015");
        Page page = editor("/news/edit?path=%2Flaenderuebergreifendes-lag-treffen-2015");
        waitForRichText(page);
        button(page, "Speichern").first().click();
        page.waitForURL(url -> url.contains(APPS + "/news?path="));
        assertThat(reader.read("news", "/laenderuebergreifendes-lag-treffen-2015").values()).isEqualTo(before.values());
    }

    /** Searches in the picker of a reference value ({@code index} -1: a single reference) and chooses a result. */
    private static void pick(Page page, String field, int index, String query, String title) {
        String id = "f-" + field + (index >= 0 ? "-" + index : "");
        if (index >= 0) {
            button(page, "Wert hinzufügen (" + page.locator("#f-" + field + "-add").evaluate(
                    "b => b.closest('fieldset').querySelector('legend').textContent.replace('*', '').trim()") + ")").click();
            awaitReload(page, "#" + id + "-search");
        }
        page.locator("#" + id + "-search").pressSequentially(query);
        Locator choice = page.locator("#" + id + "-results [data-pick-id]").first();
        if (title != null) {
            choice = page.locator("#" + id + "-results [data-pick-id]", new Page.LocatorOptions().setHasText(title));
        }
        choice.click();
        assertThat(page.locator("#" + id).inputValue()).isNotBlank();
    }

    /** Waits until the form came back from the server: the element appears, then the page has loaded. */
    private static void awaitReload(Page page, String selector) {
        page.locator(selector).waitFor();
        page.waitForLoadState();
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void waitForRichText(Page page) {
        if (page.locator("textarea[data-rich-text]").count() > 0) {
            page.locator(".tox-tinymce").first().waitFor();
            page.waitForFunction("() => window.tinymce && tinymce.get().every(e => e.initialized)");
        }
    }

    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 200 && !id.equals(page.evaluate("document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo(id);
    }
}
