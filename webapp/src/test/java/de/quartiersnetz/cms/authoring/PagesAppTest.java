package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.content.PageTemplates;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.security.UserAccount;
import de.quartiersnetz.cms.security.UserStore;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The Pages app over real HTTP: page tree actions, dialogs, components under the area rules, publishing. */
@CmsServerTest
class PagesAppTest {
    static final String PASSWORD = "Pages-App-Test-2026";
    static final String PAGES = "/.magnolia/admincentral/pages";
    static final String START = "pages-test:pages/start";
    static final String TEXT = "pages-test:components/text";
    static final String TEASER = "pages-test:components/teaser";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PagesTestModules.copyTo(temp.resolve("modules")), PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    PageReader reader;
    @Autowired
    ContentRepository repository;
    @Autowired
    UserStore users;
    @Autowired
    de.quartiersnetz.cms.content.PageTemplates templates;
    @Autowired
    de.quartiersnetz.cms.content.PageWriter writer;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LightModuleLoader modules;

    AdminCentralClient client;

    @BeforeEach
    void logIn() {
        client = new AdminCentralClient(port);
        assertThat(client.login("superuser", PASSWORD).statusCode()).isEqualTo(302);
    }

    HttpResponse<String> addPage(String parent, String template, String title, String name) {
        client.get(PAGES + "/add?parent=" + enc(parent));
        return followed(client.post(PAGES + "/add?parent=" + enc(parent),
                Map.of("template", template, "title", title, "name", name)));
    }

    HttpResponse<String> addText(String area, Map<String, String> values) {
        client.get(PAGES + "/component/add?area=" + enc(area) + "&template=" + enc(TEXT));
        return followed(client.post(PAGES + "/component/add?area=" + enc(area) + "&template=" + enc(TEXT), values));
    }

    /** Takes the flash notice the redirect target shows once, so that later screens show their own. */
    HttpResponse<String> followed(HttpResponse<String> response) {
        response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).ifPresent(client::get);
        return response;
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theLauncherOffersThePagesAppAndTheTreeShowsPagesWithStatusAndTemplate() {
        assertThat(client.get("/.magnolia/admincentral").body()).contains(">Seiten<", "href=\"" + PAGES + "\"");
        HttpResponse<String> created = addPage("/", START, "Über uns & Kontakt", "");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/editor?path=%2Fueber-uns-kontakt");
        assertThat(addPage("/ueber-uns-kontakt", "pages-test:pages/plain", "Team", "").statusCode()).isEqualTo(302);

        String tree = client.get(PAGES).body();
        assertThat(tree).contains("Über uns &amp; Kontakt", "/ueber-uns-kontakt/team", "Startseite", "Einfache Seite",
                "status-new", "depth-1", "Unterseite hinzufügen", "Veröffentlichen");
        assertThat(tree.indexOf("/ueber-uns-kontakt<")).isLessThan(tree.indexOf("/ueber-uns-kontakt/team<"));
    }

    @Test
    void theSiteDefinitionsTemplateAvailabilityDecidesWhichTemplatesNewPagesMayUse() throws IOException {
        Path site = temp.resolve("modules/quartiersnetz-site/sites/quartiersnetz.yaml");
        String original = Files.readString(site);
        try {
            Files.writeString(site, original + """

                    templates:
                      availability:
                        templates:
                          start:
                            id: %s
                    """.formatted(START));
            modules.load();
            String form = client.get(PAGES + "/add?parent=%2F").body();
            assertThat(form).contains("value=\"" + START + "\"").doesNotContain("pages-test:pages/plain");
            HttpResponse<String> refused = addPage("/", "pages-test:pages/plain", "Nicht vorgesehen", "");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("aria-invalid=\"true\"");
            assertThat(reader.isPage("/nicht-vorgesehen")).isFalse();
            assertThat(addPage("/", START, "Vorgesehen", "").statusCode()).isEqualTo(302);

            Files.writeString(site, original + "\ntemplates:\n  availability:\n    enableAll: true\n");
            modules.load();
            assertThat(client.get(PAGES + "/add?parent=%2F").body()).contains("pages-test:pages/plain");
        } finally {
            Files.writeString(site, original);
            modules.load();
        }
    }

    @Test
    void addingAPageOffersVisiblePageTemplatesOnlyAndRefusesTakenNamesAndUnknownTemplates() {
        String form = client.get(PAGES + "/add?parent=%2F").body();
        assertThat(form).contains("value=\"" + START + "\"", "Startseite", "Einfache Seite")
                .doesNotContain("pages-test:pages/hidden", "pages-test:components/text");
        assertThat(addPage("/", START, "Doppelt", "").statusCode()).isEqualTo(302);
        HttpResponse<String> taken = addPage("/", START, "Nochmal", "doppelt");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("Der Name „doppelt“ ist an dieser Stelle schon vergeben.", "value=\"Nochmal\"");
        HttpResponse<String> unknown = addPage("/", "pages-test:components/text", "Falsch", "");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Bitte eine der angebotenen Vorlagen wählen.");
        assertThat(addPage("/", START, "Schlecht", "a/b").statusCode()).isEqualTo(400);
        assertThat(addPage("/gibt-es-nicht", START, "X", "").statusCode()).isEqualTo(404);
        assertThat(addPage("/", START, "Doppelt", "").headers().firstValue("Location").orElseThrow())
                .contains("doppelt-2");
    }

    @Test
    void renameMoveAndDeleteKeepTheIdentifierAndRefuseWhatCannotBe() {
        addPage("/", START, "Alt", "");
        addPage("/", START, "Ziel", "");
        addPage("/alt", START, "Kind", "");
        String id = reader.page("/alt").identifier();

        client.get(PAGES + "/rename?path=%2Falt");
        assertThat(client.post(PAGES + "/rename?path=%2Falt", Map.of("name", "ziel")).statusCode()).isEqualTo(409);
        assertThat(client.post(PAGES + "/rename?path=%2Falt", Map.of("name", "neu")).statusCode()).isEqualTo(302);
        assertThat(client.get(PAGES).body()).contains("Die Seite heißt jetzt „neu“.");
        assertThat(reader.page("/neu").identifier()).isEqualTo(id);
        assertThat(reader.isPage("/neu/kind")).isTrue();

        String moveForm = client.get(PAGES + "/move?path=%2Fneu").body();
        assertThat(moveForm).contains("<option value=\"/ziel\"").doesNotContain("<option value=\"/neu/kind\"");
        HttpResponse<String> intoItself = client.post(PAGES + "/move?path=%2Fneu", Map.of("target", "/neu/kind"));
        assertThat(intoItself.statusCode()).isEqualTo(409);
        assertThat(intoItself.body()).contains("Eine Seite kann nicht in sich selbst");
        assertThat(client.post(PAGES + "/move?path=%2Fneu", Map.of("target", "/ziel")).statusCode()).isEqualTo(302);
        assertThat(client.get(PAGES).body()).contains("Die Seite „Alt“ wurde verschoben.");
        assertThat(reader.page("/ziel/neu").identifier()).isEqualTo(id);
        assertThat(reader.isPage("/ziel/neu/kind")).isTrue();

        String confirm = client.get(PAGES + "/delete?path=%2Fziel%2Fneu").body();
        assertThat(confirm).contains("„Alt“ löschen?", "Auch 1 Unterseite(n) werden gelöscht.", "Endgültig löschen");
        assertThat(client.post(PAGES + "/delete?path=%2Fziel%2Fneu", Map.of()).statusCode()).isEqualTo(302);
        assertThat(reader.isPage("/ziel/neu")).isFalse();
        assertThat(client.get(PAGES).body()).contains("Die Seite „Alt“ wurde gelöscht.");
    }

    @Test
    void thePagePropertiesDialogValidatesAgainstTheDialogDefinitionAndKeepsTheInput() {
        addPage("/", START, "Eigenschaften", "");
        String form = client.get(PAGES + "/properties?path=%2Feigenschaften").body();
        assertThat(form).contains("Seiteneigenschaften: Eigenschaften", "name=\"title\"", "name=\"title_en\"",
                "<textarea id=\"f-description\"", "type=\"checkbox\" id=\"f-hideInNav\"", "In der Navigation verbergen",
                "value=\"Eigenschaften\"");

        HttpResponse<String> invalid = client.post(PAGES + "/properties?path=%2Feigenschaften",
                Map.of("title", " ", "description", "Bleibt stehen"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("„Titel“ ist ein Pflichtfeld.", "Bleibt stehen", "aria-invalid=\"true\"");

        HttpResponse<String> saved = client.post(PAGES + "/properties?path=%2Feigenschaften",
                Map.of("title", "Eigenschaften neu", "title_en", "Properties", "description", "Kurz", "hideInNav", "true",
                        "returnTo", "editor"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/editor?path=%2Feigenschaften");
        assertThat(reader.page("/eigenschaften").values()).containsEntry("title", "Eigenschaften neu")
                .containsEntry("title_en", "Properties").containsEntry("hideInNav", "true");
    }

    @Test
    void componentsAreAddedEditedMovedAndDeletedWithinTheAreaRules() {
        addPage("/", START, "Bausteine", "");
        String editor = client.get(PAGES + "/editor?path=%2Fbausteine").body();
        assertThat(editor).contains("Bereich „Hauptbereich“", "Bereich „Randspalte“", "Bereich „Fußbereich“",
                "0 von 2 Komponenten", "In diesen Bereich können keine Komponenten eingefügt werden.",
                "component/add?area=%2Fbausteine%2Fmain");

        String choose = client.get(PAGES + "/component/add?area=%2Fbausteine%2Fmain").body();
        assertThat(choose).contains("value=\"" + TEXT + "\"", "value=\"" + TEASER + "\"")
                .doesNotContain("pages-test:components/old");
        String textForm = client.get(PAGES + "/component/add?area=%2Fbausteine%2Fmain&template=" + enc(TEXT)).body();
        assertThat(textForm).contains("Text zu „Hauptbereich“ hinzufügen", "data-rich-text", "<select id=\"f-style\"",
                "Hervorgehoben", "<option value=\"normal\" selected>", "type=\"date\" id=\"f-date\"", "data-picker", "id=\"f-image\"");

        HttpResponse<String> invalid = addText("/bausteine/main", Map.of("headline", "Nummer 1", "text", "<p>Erst</p>"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Bitte ohne Ziffern.", "value=\"Nummer 1\"", "&lt;p&gt;Erst&lt;/p&gt;");

        assertThat(addText("/bausteine/main", Map.of("headline", "Erster", "text",
                "<p>Hallo <script>alert(1)</script><strong>Welt</strong></p>", "style", "highlight",
                "date", "2026-05-01", "image", "jcr:1234")).statusCode()).isEqualTo(302);
        PageReader.Editable first = reader.component("/bausteine/main/0");
        assertThat(first.values()).containsEntry("headline", "Erster").containsEntry("style", "highlight")
                .containsEntry("image", "jcr:1234");
        assertThat(String.valueOf(first.values().get("text"))).contains("<strong>Welt</strong>").doesNotContain("script");

        client.get(PAGES + "/component/add?area=%2Fbausteine%2Fmain&template=" + enc(TEASER));
        assertThat(client.post(PAGES + "/component/add?area=%2Fbausteine%2Fmain&template=" + enc(TEASER),
                Map.of("teaserText", "Zweiter", "highlighted", "true")).statusCode()).isEqualTo(302);

        HttpResponse<String> full = addText("/bausteine/main", Map.of("headline", "Dritter"));
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(client.get(PAGES + "/component/add?area=%2Fbausteine%2Fmain").body())
                .contains("Der Bereich „Hauptbereich“ ist voll: Er nimmt höchstens 2 Komponente(n) auf.");
        assertThat(addText("/bausteine/aside", Map.of("headline", "Rand")).statusCode()).isEqualTo(302);
        assertThat(addText("/bausteine/aside", Map.of("headline", "Rand zwei")).statusCode()).isEqualTo(409);
        client.get(PAGES + "/editor?path=%2Fbausteine");
        assertThat(client.post(PAGES + "/component/add?area=%2Fbausteine%2Faside&template=" + enc(TEASER),
                Map.of("teaserText", "nicht erlaubt")).statusCode()).isEqualTo(400);
        assertThat(addText("/bausteine/footer", Map.of("headline", "Fuß")).statusCode()).isEqualTo(400);

        editor = client.get(PAGES + "/editor?path=%2Fbausteine").body();
        assertThat(editor).contains("Erster", "Zweiter", "Der Bereich ist voll.");
        assertThat(names("/bausteine/main")).containsExactly("0", "1");
        assertThat(client.post(PAGES + "/component/move", Map.of("path", "/bausteine/main/1", "direction", "up"))
                .statusCode()).isEqualTo(302);
        assertThat(names("/bausteine/main")).containsExactly("1", "0");
        assertThat(client.post(PAGES + "/component/move", Map.of("path", "/bausteine/main/1", "direction", "up"))
                .statusCode()).isEqualTo(409);
        assertThat(client.post(PAGES + "/component/move", Map.of("path", "/bausteine/main/1", "direction", "sideways"))
                .statusCode()).isEqualTo(400);

        String edit = client.get(PAGES + "/component/edit?path=%2Fbausteine%2Fmain%2F0").body();
        assertThat(edit).contains("value=\"Erster\"", "<option value=\"highlight\" selected>");
        HttpResponse<String> badEdit = client.post(PAGES + "/component/edit?path=%2Fbausteine%2Fmain%2F0",
                Map.of("headline", "", "text", "<p>Behalten</p>"));
        assertThat(badEdit.statusCode()).isEqualTo(422);
        assertThat(badEdit.body()).contains("„Überschrift“ ist ein Pflichtfeld.", "&lt;p&gt;Behalten&lt;/p&gt;");
        assertThat(client.post(PAGES + "/component/edit?path=%2Fbausteine%2Fmain%2F0",
                Map.of("headline", "Geändert", "style", "normal")).statusCode()).isEqualTo(302);
        assertThat(reader.component("/bausteine/main/0").values()).containsEntry("headline", "Geändert")
                .doesNotContainKey("text");

        assertThat(client.get(PAGES + "/component/delete?path=%2Fbausteine%2Fmain%2F0").body())
                .contains("Komponente „Text“ löschen?");
        assertThat(client.post(PAGES + "/component/delete?path=%2Fbausteine%2Fmain%2F0", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(names("/bausteine/main")).containsExactly("1");
        assertThat(client.get(PAGES + "/component/edit?path=%2Fbausteine%2Fmain%2F0").statusCode()).isEqualTo(404);
    }

    @Test
    void pageLinksArePickedAmongPagesAndStoredAsIdentifiers() {
        addPage("/", START, "Verlinkt", "");
        addPage("/", "pages-test:pages/plain", "Linkziel Impressum", "");
        String form = client.get(PAGES + "/component/add?area=%2Fverlinkt%2Fmain&template=" + enc(TEXT)).body();
        java.util.regex.Matcher pick = java.util.regex.Pattern.compile("hx-get=\"([^\"]+)\"").matcher(form);
        assertThat(pick.find()).isTrue();
        String results = client.get(pick.group(1).replace("&amp;", "&") + "&q=impressum").body();
        String target = reader.page("/linkziel-impressum").identifier();
        assertThat(results).contains("data-pick-id=\"" + target + "\"", "Linkziel Impressum");

        assertThat(addText("/verlinkt/main", Map.of("headline", "Mit Link", "link", "no-such-page")).statusCode())
                .isEqualTo(422);
        assertThat(addText("/verlinkt/main", Map.of("headline", "Mit Link", "link", target)).statusCode()).isEqualTo(302);
        assertThat(reader.component("/verlinkt/main/0").values()).containsEntry("link", target);
        assertThat(client.get(PAGES + "/component/edit?path=%2Fverlinkt%2Fmain%2F0").body())
                .contains("<strong>Linkziel Impressum</strong>");
    }

    @Test
    void publishingCopiesThePageWithItsComponentsButNotItsSubPages() {
        addPage("/", START, "Öffentlich", "");
        addPage("/oeffentlich", START, "Unterseite", "");
        addText("/oeffentlich/main", Map.of("headline", "Live-Text"));
        client.get(PAGES + "/editor?path=%2Foeffentlich%2Funterseite");
        HttpResponse<String> childFirst = client.post(PAGES + "/publish", Map.of("path", "/oeffentlich/unterseite"));
        assertThat(childFirst.statusCode()).isEqualTo(409);
        assertThat(childFirst.body()).contains("übergeordnete Seite");

        HttpResponse<String> published = client.post(PAGES + "/publish", Map.of("path", "/oeffentlich", "returnTo", "editor"));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElseThrow()).contains("/editor?path=%2Foeffentlich");
        assertThat(live("/website/oeffentlich/main/0", "headline")).isEqualTo("Live-Text");
        assertThat(liveExists("/website/oeffentlich/unterseite")).isFalse();
        assertThat(client.get(PAGES + "/editor?path=%2Foeffentlich").body())
                .contains("Die Seite „Öffentlich“ wurde veröffentlicht", "status-published");

        client.post(PAGES + "/component/edit?path=%2Foeffentlich%2Fmain%2F0", Map.of("headline", "Entwurf"));
        assertThat(client.get(PAGES).body()).contains("status-modified");
        assertThat(live("/website/oeffentlich/main/0", "headline")).isEqualTo("Live-Text");
        HttpResponse<String> deletePublished = client.post(PAGES + "/delete?path=%2Foeffentlich", Map.of());
        assertThat(deletePublished.statusCode()).isEqualTo(409);
        assertThat(deletePublished.body()).contains("ist veröffentlicht");

        assertThat(client.get(PAGES + "/delete?path=%2Foeffentlich").body()).contains("Zurückziehen und löschen",
                "formaction=\"" + PAGES + "/unpublish-and-delete?path=%2Foeffentlich\"");

        assertThat(client.post(PAGES + "/unpublish", Map.of("path", "/oeffentlich")).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/oeffentlich")).isFalse();
        assertThat(client.get(PAGES).body()).contains("wurde zurückgezogen");

        client.post(PAGES + "/publish", Map.of("path", "/oeffentlich"));
        assertThat(liveExists("/website/oeffentlich")).isTrue();
        assertThat(client.post(PAGES + "/unpublish-and-delete?path=%2Foeffentlich", Map.of()).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/oeffentlich")).isFalse();
        assertThat(reader.isPage("/oeffentlich")).isFalse();
    }

    @Test
    void aRenamedOrMovedPublishedPageTakesItsLiveSubPagesAlongWhenPublishedAgain() {
        addPage("/", START, "Vorher", "");
        addPage("/vorher", START, "Kind", "");
        addPage("/", START, "Dach", "");
        client.get(PAGES);
        for (String path : List.of("/vorher", "/vorher/kind", "/dach")) {
            assertThat(client.post(PAGES + "/publish", Map.of("path", path)).statusCode()).isEqualTo(302);
        }
        client.get(PAGES + "/rename?path=%2Fvorher");
        assertThat(client.post(PAGES + "/rename?path=%2Fvorher", Map.of("name", "nachher")).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/vorher/kind")).isTrue();
        assertThat(client.post(PAGES + "/publish", Map.of("path", "/nachher")).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/vorher")).isFalse();
        assertThat(liveExists("/website/nachher/kind")).isTrue();

        client.get(PAGES + "/move?path=%2Fnachher");
        assertThat(client.post(PAGES + "/move?path=%2Fnachher", Map.of("target", "/dach")).statusCode()).isEqualTo(302);
        assertThat(client.post(PAGES + "/publish", Map.of("path", "/dach/nachher")).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/nachher")).isFalse();
        assertThat(liveExists("/website/dach/nachher/kind")).isTrue();
        assertThat(reader.status("/dach/nachher/kind")).isEqualTo("published");
    }

    @Test
    void editorsEditPagesButCannotPublishAndFormsWithoutTokenAreRefused() {
        addPage("/", START, "Redaktion", "");
        users.create(new UserAccount("pages-editor", encoder.encode(PASSWORD), true, List.of("editor"), "de"));
        AdminCentralClient editor = new AdminCentralClient(port);
        editor.login("pages-editor", PASSWORD);
        String page = editor.get(PAGES + "/editor?path=%2Fredaktion").body();
        assertThat(page).contains("Komponente hinzufügen").doesNotContain(PAGES + "/publish");
        assertThat(editor.get(PAGES).body()).doesNotContain("Veröffentlichen");
        assertThat(editor.post(PAGES + "/publish", Map.of("path", "/redaktion")).statusCode()).isEqualTo(403);
        assertThat(editor.post(PAGES + "/unpublish", Map.of("path", "/redaktion")).statusCode()).isEqualTo(403);
        assertThat(editor.post(PAGES + "/unpublish-and-delete?path=%2Fredaktion", Map.of()).statusCode()).isEqualTo(403);
        editor.get(PAGES + "/component/add?area=%2Fredaktion%2Fmain&template=" + enc(TEXT));
        assertThat(editor.post(PAGES + "/component/add?area=%2Fredaktion%2Fmain&template=" + enc(TEXT),
                Map.of("headline", "Von der Redaktion")).statusCode()).isEqualTo(302);
        assertThat(liveExists("/website/redaktion")).isFalse();

        assertThat(client.postRaw(PAGES + "/component/add?area=%2Fredaktion%2Fmain&template=" + enc(TEXT),
                Map.of("headline", "Ohne Token")).statusCode()).isEqualTo(403);
        assertThat(client.postRaw(PAGES + "/delete?path=%2Fredaktion", Map.of()).statusCode()).isEqualTo(403);
        assertThat(reader.isPage("/redaktion")).isTrue();
    }

    @Test
    void dialogsInTheFiveUiTabsStyleGiveTheirFieldsAndUnknownThingsAnswer404Or400() {
        addPage("/", START, "Alt-Stil", "");
        String teaser = client.get(PAGES + "/component/add?area=%2Falt-stil%2Fmain&template=" + enc(TEASER)).body();
        assertThat(teaser).contains("Teasertext", "<textarea id=\"f-teaserText\"", "type=\"checkbox\" id=\"f-highlighted\"");
        assertThat(client.get(PAGES + "/editor?path=%2Fgibt-es-nicht").statusCode()).isEqualTo(404);
        assertThat(client.get(PAGES + "/component/add?area=%2Falt-stil%2Fnirgends").statusCode()).isEqualTo(404);
        assertThat(client.get(PAGES + "/component/add?area=%2Falt-stil%2Fmain&template=pages-test%3Acomponents%2Fold")
                .statusCode()).isEqualTo(400);
        assertThat(client.get(PAGES + "/editor?path=%2F..%2Fusers").statusCode()).isEqualTo(400);
        assertThat(client.get(PAGES + "/editor").statusCode()).isEqualTo(400);
    }

    @Test
    void thePreviewShowsTheDraftRenderedWithEditBarsAtTheMarkers() {
        addPage("/", START, "Vorschau", "");
        addText("/vorschau/main", Map.of("headline", "Entwurfstext", "text", "<p>Absatz im Entwurf</p>"));
        assertThat(client.get(PAGES + "/editor?path=%2Fvorschau").body())
                .contains("<iframe src=\"" + PAGES + "/preview?path=%2Fvorschau\"", "sandbox=\"allow-same-origin allow-forms");

        HttpResponse<String> preview = client.get(PAGES + "/preview?path=%2Fvorschau");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        String html = preview.body();
        assertThat(html).contains("Entwurfstext", "Absatz im Entwurf", "/.magnolia/static/page-editor-bars.css",
                "<!-- cms:page content=\"website:/vorschau\"", "<!-- cms:area content=\"website:/vorschau/main\"",
                "<!-- cms:component content=\"website:/vorschau/main/0\"", "cms-page-bar", "cms-area-bar",
                "cms-component-bar", "component/edit?path=%2Fvorschau%2Fmain%2F0", "component/add?area=%2Fvorschau%2Fmain",
                "target=\"_top\"");
        assertThat(html.indexOf("cms-component-bar")).isLessThan(html.indexOf("Entwurfstext"));
        assertThat(liveExists("/website/vorschau")).isFalse();
        assertThat(client.get(PAGES + "/preview?path=%2Fgibt-es-nicht").statusCode()).isEqualTo(404);
    }

    @Test
    void previewLinksToSitePagesOpenTheirEditorAndOtherLinksOpenANewTab() {
        // the site module serves the website page /quartiersnetz at "/", so its sub-page "ziel" has the URL /ziel
        if (!reader.isPage("/quartiersnetz")) {
            addPage("/", START, "Quartiersnetz", "quartiersnetz");
        }
        addPage("/quartiersnetz", START, "Ziel", "ziel");
        addPage("/", START, "Verweise", "");
        addText("/verweise/main", Map.of("headline", "Links", "text",
                "<p><a href=\"/ziel\">Zielseite</a> <a href=\"/projekte/gibt-es-nur-live\">Projekt</a>"
                        + " <a href=\"https://example.org/\">Extern</a> <a href=\"#inhalt\">Sprung</a></p>"));

        String html = client.get(PAGES + "/preview?path=%2Fverweise").body();

        assertThat(html).contains("<a href=\"" + PAGES + "/editor?path=%2Fquartiersnetz%2Fziel\" target=\"_top\" rel=\"noopener\">Zielseite</a>",
                "<a href=\"/projekte/gibt-es-nur-live\" target=\"_blank\" rel=\"noopener\">Projekt</a>",
                "<a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener\"",
                "<a href=\"#inhalt\" rel=\"noopener\">Sprung</a>");
        assertThat(client.get(PAGES + "/editor?path=%2Fverweise").body()).contains("allow-popups-to-escape-sandbox");
    }

    /** Every page template of the light modules (the site module's too, once it is there) opens its dialogs. */
    @Test
    void everyPageTemplateAndEveryComponentItAllowsOpensItsDialog() {
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (PageTemplates.Template template : templates.pageTemplates()) {
            String path = "/alle-" + i++;
            writer.createPage("/", path.substring(1), template.id(), "Vorlage " + template.id(), "superuser");
            check(failures, PAGES + "/properties?path=" + enc(path));
            check(failures, PAGES + "/editor?path=" + enc(path));
            check(failures, PAGES + "/preview?path=" + enc(path));
            for (PageTemplates.AreaRule area : templates.areas(template.id())) {
                for (String component : area.availableComponents()) {
                    if (area.editable()) {
                        check(failures, PAGES + "/component/add?area=" + enc(path + "/" + area.name()) + "&template="
                                + enc(component));
                    }
                }
            }
        }
        assertThat(i).isGreaterThanOrEqualTo(2);
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, String url) {
        HttpResponse<String> response = client.get(url);
        if (response.statusCode() != 200 || response.body().contains("Fehler in der Vorlage")) {
            failures.add(url + " → " + response.statusCode());
        }
    }

    List<String> names(String areaPath) {
        return repository.read(Tree.AUTHOR, "test", session -> {
            List<String> names = new ArrayList<>();
            for (javax.jcr.NodeIterator it = session.getNode("/website" + areaPath).getNodes(); it.hasNext(); ) {
                names.add(it.nextNode().getName());
            }
            return names;
        });
    }

    String live(String path, String property) {
        return repository.read(Tree.LIVE, "test", session -> session.getNode(path).getProperty(property).getString());
    }

    boolean liveExists(String path) {
        return repository.read(Tree.LIVE, "test", session -> session.nodeExists(path));
    }

    @SuppressWarnings("unused")
    private static Map<String, String> form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
