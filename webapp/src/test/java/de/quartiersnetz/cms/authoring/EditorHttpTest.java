package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.ContentItem;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The content editor over real HTTP: forms generated from the model, saving, 422 with kept input, the picker. */
@CmsServerTest
class EditorHttpTest {
    static final String PASSWORD = "Quartier-Editor-2026";
    static final String APPS = "/.magnolia/admincentral/apps";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentReader reader;

    AdminCentralClient client;

    @BeforeEach
    void login() {
        client = new AdminCentralClient(port);
        client.login("superuser", PASSWORD);
    }

    @Test
    void theNewFormIsGeneratedFromTheModelAndTheAppsFields() {
        HttpResponse<String> page = client.get(APPS + "/projects/new?parent=/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Projekte: neuer Eintrag</h1>", "name=\"_csrf\"",
                "<label for=\"f-title\">Titel", "id=\"f-title\" name=\"title\"", "aria-required=\"true\"",
                "name=\"title_en\"", "lang=\"en\"", "Titel (Englisch)",
                "data-rich-text", "name=\"description\"", "name=\"description_en\"",
                "inputmode=\"decimal\" id=\"f-latitude\"", "type=\"date\" id=\"f-runningFrom\"",
                "<option value=\"neighbourhoodCoordination\">Gemeinwesenkoordination</option>",
                "value=\"addValue:networks\"", "value=\"addGroup:offers\"", "name=\"address.postalCode\"",
                "Laufzeit so, wie die Quelle sie nennt");
        assertThat(client.get(APPS + "/officeHours/new").body())
                .contains("Uhrzeit im Format HH:mm", "hx-get=\"" + APPS + "/officeHours/pick?field=project\"");
        assertThat(client.get(APPS + "/news/new").body()).contains("type=\"datetime-local\" id=\"f-eventStart\"",
                "type=\"checkbox\" id=\"f-dateOnly\"");
    }

    @Test
    void savingANewItemRedirectsToTheBrowserWithANotice() {
        String lagSachsen = reader.read("networks", "/lag-sachsen").identifier();
        client.get(APPS + "/projects/new?parent=/");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Stadtteilladen Grünau");
        form.put("title_en", "Grünau neighbourhood shop");
        form.put("networks[0]", lagSachsen);
        form.put("latitude", "51,3163");
        form.put("runningFrom", "2024-01-01");
        form.put("offers[0].title", "Beratung");
        form.put("offers[1].title", "Nachbarschaftscafé");
        form.put("offers[2].title", "");
        form.put("description", "<p onclick=\"alert(1)\">Willkommen <strong>im Laden</strong></p><script>alert(1)</script>");
        form.put("_save", "close");
        HttpResponse<String> saved = client.post(APPS + "/projects/new?parent=%2F", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(APPS + "/projects?path=%2F"));

        ContentItem item = reader.read("projects", "/stadtteilladen-gruenau");
        assertThat(item.values()).containsEntry("title_en", "Grünau neighbourhood shop")
                .containsEntry("networks", List.of(lagSachsen)).containsEntry("latitude", "51.3163")
                .containsEntry("runningFrom", "2024-01-01T00:00:00.000+01:00")
                .containsEntry("description", "<p>Willkommen <strong>im Laden</strong></p>")
                .containsEntry("offers", List.of(Map.of("title", "Beratung"), Map.of("title", "Nachbarschaftscafé")));

        HttpResponse<String> again = client.post(APPS + "/projects/new?parent=%2F", Map.of("title", "Stadtteilladen Grünau",
                "_save", "stay"));
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith(APPS + "/projects/edit?path=%2Fstadtteilladen-gruenau-2"));
        HttpResponse<String> edit = client.get(APPS + "/projects/edit?path=%2Fstadtteilladen-gruenau-2");
        assertThat(edit.body()).contains("„Stadtteilladen Grünau“ wurde gespeichert.", "role=\"status\"");
    }

    @Test
    void invalidInputComesBackWith422EveryMessageAtItsFieldAndNothingLost() {
        client.get(APPS + "/projects/new?parent=/");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "");
        form.put("subtitle_en", "Subtitle kept");
        form.put("networks[0]", "0c0c0c0c-0000-4000-8000-000000000000");
        form.put("latitude", "nördlich");
        form.put("email", "keine-adresse");
        form.put("offers[0].text", "Text ohne Titel");
        form.put("offers[1].title", "Zweites Angebot");
        form.put("address.postalCode", "0420");
        form.put("description", "<p>Beschreibung <em>bleibt</em></p>");
        form.put("federalState", "sachsen");
        HttpResponse<String> page = client.post(APPS + "/projects/new?parent=%2F", form);
        assertThat(page.statusCode()).isEqualTo(422);
        String body = page.body();
        assertThat(body).contains("id=\"error-summary\"", "Bitte korrigieren Sie die markierten Angaben (6).",
                "<a href=\"#f-title\">„Titel“ ist ein Pflichtfeld.</a>",
                "<a href=\"#f-networks-0-search\">", "verweist auf einen Eintrag, den es nicht mehr gibt.",
                "„Breitengrad“ muss eine Zahl sein",
                "<a href=\"#f-email\">„E-Mail“: Bitte eine gültige E-Mail-Adresse eingeben.</a>",
                "<a href=\"#f-offers-0-title\">„Angebote / Schwerpunkte: Eintrag 1: Angebot“ ist ein Pflichtfeld.</a>",
                "„Anschrift: PLZ“: Bitte eine fünfstellige Postleitzahl eingeben.");
        assertThat(body).contains("id=\"f-title\" name=\"title\" value=\"\" aria-describedby=\"f-title-error\" aria-invalid=\"true\" aria-required=\"true\"",
                "<p class=\"field-error\" id=\"f-title-error\">");
        assertThat(body).contains("value=\"Subtitle kept\"", "value=\"0c0c0c0c-0000-4000-8000-000000000000\"",
                "value=\"nördlich\"", "value=\"keine-adresse\"", "Text ohne Titel", "value=\"Zweites Angebot\"",
                "value=\"0420\"", "&lt;p&gt;Beschreibung &lt;em&gt;bleibt&lt;/em&gt;&lt;/p&gt;",
                "<option value=\"sachsen\" selected>");
        assertThat(reader.exists("projects", "/eintrag")).isFalse();
    }

    @Test
    void structureButtonsAddMoveAndRemoveEntriesWithoutSaving() {
        client.get(APPS + "/projects/new?parent=/");
        HttpResponse<String> added = client.post(APPS + "/projects/new?parent=%2F", Map.of("title", "Entwurf",
                "offers[0].title", "Erstes", "_action", "addGroup:offers"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("value=\"Erstes\"", "id=\"f-offers-1-title\" name=\"offers[1].title\" value=\"\"",
                "Ein leerer Eintrag wurde hinzugefügt.", "value=\"Entwurf\"");
        assertThat(added.body()).containsPattern("id=\"f-offers-1-title\"[^>]*autofocus");

        HttpResponse<String> moved = client.post(APPS + "/projects/new?parent=%2F", Map.of("title", "Entwurf",
                "offers[0].title", "Erstes", "offers[1].title", "Zweites", "_action", "up:offers[1]"));
        assertThat(moved.body()).contains("name=\"offers[0].title\" value=\"Zweites\"", "name=\"offers[1].title\" value=\"Erstes\"");

        HttpResponse<String> removed = client.post(APPS + "/projects/new?parent=%2F", Map.of("title", "Entwurf",
                "phones[0]", "0341 1", "phones[1]", "0341 2", "_action", "remove:phones[0]"));
        assertThat(removed.body()).contains("name=\"phones[0]\" value=\"0341 2\"").doesNotContain("0341 1");
        assertThat(removed.body()).containsPattern("id=\"f-phones-add\"[^>]*autofocus");
        assertThat(reader.exists("projects", "/entwurf")).isFalse();
    }

    @Test
    void theEditFormShowsStoredValuesAndReferencedTitles() {
        HttpResponse<String> page = client.get(APPS + "/projects/edit?path=" + encode("/gemeinwesenkoordination-chemnitz-sued"));
        assertThat(page.statusCode()).isEqualTo(200);
        ContentItem item = reader.read("projects", "/gemeinwesenkoordination-chemnitz-sued");
        assertThat(page.body()).contains("Gemeinwesenkoordination Chemnitz Süd bearbeiten",
                "<code>/gemeinwesenkoordination-chemnitz-sued</code>", "value=\"" + item.values().get("title") + "\"");
        @SuppressWarnings("unchecked")
        List<String> networks = (List<String>) item.values().get("networks");
        String networkTitle = reader.byIdentifiers("networks", networks).get(0).title();
        assertThat(page.body()).contains("value=\"" + networks.get(0) + "\"", "<strong>" + networkTitle + "</strong>");
        assertThat(page.body()).doesNotContain("T00:00:00.000");
    }

    @Test
    void thePickerSearchesTheAuthorIndexOfTheTargetType() throws InterruptedException {
        String leipzigerOsten = reader.read("networks", "/netzwerk-leipziger-osten").identifier();
        HttpResponse<String> byWord = pick("projects", "networks", "Leipziger");
        assertThat(byWord.statusCode()).isEqualTo(200);
        assertThat(byWord.body()).contains("data-pick-id=\"" + leipzigerOsten + "\"", "Treffer")
                .doesNotContain("<html");
        assertThat(pick("projects", "networks", "leip").body()).contains("data-pick-id=\"" + leipzigerOsten + "\"");
        assertThat(pick("projects", "networks", "gibtesnicht").body()).contains("Keine Treffer.");
        assertThat(pick("news", "organisers.network", "Leipziger").body()).contains(leipzigerOsten);
        assertThat(pick("projects", "title", "x").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAppsItemsAndFoldersAre404() {
        assertThat(client.get(APPS + "/gibtsnicht/new").statusCode()).isEqualTo(404);
        HttpResponse<String> missing = client.get(APPS + "/projects/edit?path=%2Fgibtsnicht");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Nicht gefunden").doesNotContain("Exception");
        assertThat(client.get(APPS + "/projects/new?parent=%2Fgemeinwesenkoordination-chemnitz-sued").statusCode())
                .isEqualTo(404);
        assertThat(client.get(APPS + "/projects/edit").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> pick(String app, String field, String q) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + APPS + "/" + app + "/pick?field="
                + encode(field) + "&q=" + encode(q))).header("HX-Request", "true").GET().build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
