package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.PropertyType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.search.ContentIndexes;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * The content app browser and its actions over real HTTP, on the demo content: columns, status, search, order,
 * filters, paging, every action with its refusals, htmx answers, bad parameters; and a workspace of 10,000 items.
 * Read-only tests use the demo projects; each action test works in a folder of its own in the working groups.
 */
@CmsServerTest
class ContentBrowserTest {
    static final String PASSWORD = "Quartier-Browser-Http-2026";
    static final String APPS = "/.magnolia/admincentral/apps/";
    static final String GROUPS = APPS + "workingGroups";
    static final Map<String, String> HTMX = Map.of("HX-Request", "true");

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
    @Autowired
    ContentIndexes indexes;

    AdminCentralClient client;

    @BeforeEach
    void logIn() {
        client = new AdminCentralClient(port);
        client.login("superuser", PASSWORD);
    }

    // --- the list ---

    @Test
    void listsTheDemoProjectsWithTheAppsColumnsTheirStatusAndLastChange() {
        HttpResponse<String> page = client.get(APPS + "projects");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(headers(page.body())).containsExactly("Name", "Titel", "Art", "Stadt", "Netzwerke", "Status",
                "Zuletzt geändert");
        assertThat(page.body()).contains("<th scope=\"col\" aria-sort=\"ascending\">\n          <a id=\"sort-name\"");
        String chemnitz = row(page.body(), "gemeinwesenkoordination-chemnitz-sued");
        assertThat(chemnitz).contains("<td>Gemeinwesenkoordination Chemnitz Süd</td>", "<td>Gemeinwesenkoordination</td>",
                "<td>Chemnitz</td>", "status-published\">Veröffentlicht<", "<time datetime=\"")
                .contains("href=\"/.magnolia/admincentral/apps/projects/edit?path=/gemeinwesenkoordination-chemnitz-sued\"");
        assertThat(range(page.body())).isEqualTo("Einträge 1–4 von 4 · Seite 1 von 1");
        assertThat(page.body()).contains("<h1>Projekte</h1>", "name=\"_csrf\"", "/.magnolia/static/browser.js");
    }

    @Test
    void searchesTheDraftsInGermanFullText() {
        HttpResponse<String> page = client.get(APPS + "projects?q=Chemnitz");

        assertThat(names(page.body())).containsExactly("gemeinwesenkoordination-chemnitz-sued");
        assertThat(page.body()).contains("Projekte: Suchergebnisse", "value=\"Chemnitz\"");
        assertThat(names(client.get(APPS + "projects?q=Beratungen").body())).isNotEmpty();
        assertThat(client.get(APPS + "projects?q=Zauberwald").body()).contains("Keine Einträge gefunden.");
    }

    @Test
    void sortsByAnyColumnAndSaysSoWithAriaSort() {
        HttpResponse<String> byTitle = client.get(APPS + "projects?sort=title&dir=desc");

        assertThat(names(byTitle.body())).containsExactly("servicestelle-quartiersentwicklung-und-gemeinwesenarbeit",
                "quartiersmanagement-leipziger-osten", "integrierte-sozialarbeit-sozialregion-nord",
                "gemeinwesenkoordination-chemnitz-sued");
        assertThat(byTitle.body()).contains("aria-sort=\"descending\">\n          <a id=\"sort-column-title\"")
                .contains("href=\"/.magnolia/admincentral/apps/projects?sort=title&amp;dir=asc\"")
                .doesNotContain("aria-sort=\"ascending\"");
        assertThat(names(client.get(APPS + "projects?sort=@name&dir=asc").body()))
                .first().isEqualTo("gemeinwesenkoordination-chemnitz-sued");
        assertThat(client.get(APPS + "projects?sort=@lastModified&dir=desc").statusCode()).isEqualTo(200);
        assertThat(client.get(APPS + "projects?sort=@status").statusCode()).isEqualTo(200);
    }

    @Test
    void filtersByStatusAndByTheContentTypesOptions() {
        assertThat(names(client.get(APPS + "projects?f.kind=neighbourhoodManagement").body()))
                .containsExactly("quartiersmanagement-leipziger-osten");
        assertThat(names(client.get(APPS + "projects?status=published").body())).hasSize(4);
        assertThat(names(client.get(APPS + "projects?status=new").body())).isEmpty();
        HttpResponse<String> both = client.get(APPS + "projects?f.federalState=sachsen&f.kind=neighbourhoodCoordination");
        assertThat(names(both.body())).containsExactly("gemeinwesenkoordination-chemnitz-sued");
        assertThat(both.body()).contains("<option value=\"sachsen\" selected>Sachsen</option>",
                "<label for=\"filter-kind\">Art</label>");
    }

    @Test
    void pagesThroughAFolderWithItsFoldersFirst() {
        writer.createFolder("workingGroups", "/", "paging", "test");
        writer.createFolder("workingGroups", "/paging", "b-ordner", "test");
        writer.createFolder("workingGroups", "/paging", "a-ordner", "test");
        for (int i = 1; i <= 30; i++) {
            writer.create("workingGroups", "/paging", String.format("ak-%02d", i), Map.of("title", "AK " + i), "test");
        }
        indexes.author().applyNow(List.of("/workingGroups/paging"), true);

        HttpResponse<String> first = client.get(GROUPS + "?path=/paging");
        assertThat(names(first.body())).hasSize(25).startsWith("a-ordner", "b-ordner", "ak-01").endsWith("ak-23");
        assertThat(range(first.body())).isEqualTo("Einträge 1–25 von 32 · Seite 1 von 2");
        assertThat(first.body()).contains("id=\"page-next\" href=\"/.magnolia/admincentral/apps/workingGroups?path=/paging&amp;page=2\"")
                .contains("<span aria-current=\"page\">paging</span>");

        assertThat(names(client.get(GROUPS + "?path=/paging&page=2").body())).containsExactly("ak-24", "ak-25", "ak-26",
                "ak-27", "ak-28", "ak-29", "ak-30");
        assertThat(range(client.get(GROUPS + "?path=/paging&page=9").body())).as("a page beyond the end shows the last")
                .isEqualTo("Einträge 26–32 von 32 · Seite 2 von 2");
        assertThat(names(client.get(GROUPS + "?path=/paging&pageSize=50").body())).hasSize(32);
        assertThat(names(client.get(GROUPS + "?path=/paging&sort=@name&dir=desc&pageSize=100").body()))
                .startsWith("b-ordner", "a-ordner", "ak-30");
    }

    @Test
    void htmxGetsTheResultsRegionOnlyWithTheOrderOutOfBand() {
        HttpResponse<String> fragment = client.get(APPS + "projects?sort=title&dir=asc", HTMX);

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html", "<h1>").contains("<table class=\"browser-table\">")
                .contains("<div id=\"browser-search-state\" hx-swap-oob=\"true\">")
                .contains("<input type=\"hidden\" name=\"sort\" value=\"title\">");
        HttpResponse<String> restore = client.get(APPS + "projects", Map.of("HX-Request", "true",
                "HX-History-Restore-Request", "true"));
        assertThat(restore.body()).contains("<html", "<h1>Projekte</h1>");
    }

    @Test
    void badParametersAreRefusedWith400NamingTheParameter() {
        assertRefused(APPS + "projects?pageSize=7", "„pageSize“", "25, 50 oder 100", "„7“");
        assertRefused(APPS + "projects?sort=unknown", "„sort“", "„unknown“");
        assertRefused(APPS + "projects?dir=up", "„dir“");
        assertRefused(APPS + "projects?page=0", "„page“");
        assertRefused(APPS + "projects?page=zwei", "„page“", "Zahl");
        assertRefused(APPS + "projects?status=draft", "„status“", "„draft“");
        assertRefused(APPS + "projects?f.kind=castle", "„f.kind“", "„castle“");
        assertRefused(APPS + "projects?f.budget=1", "„f.budget“");
        assertRefused(APPS + "projects?path=/a/../b", "„path“");
        assertRefused(APPS + "projects?q=" + "x".repeat(501), "„q“");
    }

    @Test
    void unknownAppsAndFoldersAnswer404InGerman() {
        HttpResponse<String> app = client.get(APPS + "zauberwald");
        assertThat(app.statusCode()).isEqualTo(404);
        assertThat(app.body()).contains("<h1>App nicht gefunden</h1>", "„zauberwald“").doesNotContain("Exception");

        HttpResponse<String> folder = client.get(APPS + "projects?path=/nirgends");
        assertThat(folder.statusCode()).isEqualTo(404);
        assertThat(folder.body()).contains("Ordner nicht gefunden");

        HttpResponse<String> action = client.post(APPS + "zauberwald/publish", List.of(Map.entry("paths", "/x")), Map.of());
        assertThat(action.statusCode()).isEqualTo(404);
    }

    @Test
    void theBrowserSpeaksEnglishToEnglishBrowsers() {
        HttpResponse<String> page = client.get(APPS + "projects?status=new", Map.of("Accept-Language", "en"));
        assertThat(page.body()).contains(">Last modified<", ">Published<", "No items found.", ">Projects</h1>");
    }

    // --- actions ---

    @Test
    void publishingNeedsThePublishedFolderAndThenShowsPublishedInTheListAndLive() {
        folderWithItems("t-publish", "ak-a", "ak-b");

        HttpResponse<String> refused = post("publish", "/t-publish/ak-a");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(notice(refused.body())).isEqualTo("„ak-a“ kann nicht veröffentlicht werden, weil der Ordner "
                + "„/t-publish“ noch nicht veröffentlicht ist. Veröffentlichen Sie zuerst den Ordner.");
        assertThat(live("/t-publish/ak-a")).isFalse();

        HttpResponse<String> published = post("publish-with-children", "/t-publish");
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(GROUPS));
        HttpResponse<String> list = client.get(GROUPS + "?path=/t-publish");
        assertThat(notice(list.body())).isEqualTo("„t-publish“ wurde mit allen Unterelementen veröffentlicht.");
        assertThat(row(list.body(), "ak-a")).contains("Veröffentlicht", "/workingGroups/versions?path=/t-publish/ak-a");
        assertThat(live("/t-publish/ak-a")).isTrue();
        assertThat(live("/t-publish/ak-b")).isTrue();

        writer.update("workingGroups", "/t-publish/ak-b", Map.of("title", "AK B, neu"), "editor");
        indexes.author().applyNow(List.of("/workingGroups/t-publish/ak-b"), false);
        assertThat(row(client.get(GROUPS + "?path=/t-publish").body(), "ak-b")).contains("status-modified\">Geändert<");
        assertThat(names(client.get(GROUPS + "?path=/t-publish&status=modified").body())).containsExactly("ak-b");

        assertThat(post("publish", "/t-publish/ak-b").statusCode()).isEqualTo(303);
        assertThat(row(client.get(GROUPS + "?path=/t-publish").body(), "ak-b")).contains("Veröffentlicht");
    }

    @Test
    void unpublishingAFolderTakesItAndEverythingBelowOffline() {
        folderWithItems("t-unpublish", "ak-a");
        publisher.publish("workingGroups", "/t-unpublish", true, "test");

        HttpResponse<String> unpublished = post("unpublish", "/t-unpublish");
        assertThat(unpublished.statusCode()).isEqualTo(303);
        assertThat(live("/t-unpublish")).isFalse();
        HttpResponse<String> list = client.get(GROUPS + "?path=/t-unpublish");
        assertThat(notice(list.body())).isEqualTo("„t-unpublish“ wurde zurückgezogen.");
        assertThat(row(list.body(), "ak-a")).contains("status-new\">Neu<");
    }

    @Test
    void deletingAsksFirstAndRefusesPublishedItemsUnlessUnpublishedTogether() {
        folderWithItems("t-delete", "ak-live", "ak-draft");
        publisher.publish("workingGroups", "/t-delete", true, "test");
        writer.create("workingGroups", "/t-delete", "ak-neu", Map.of("title", "Neu"), "test");
        indexes.author().applyNow(List.of("/workingGroups/t-delete"), true);

        HttpResponse<String> dialog = post("delete", "/t-delete/ak-live", "/t-delete/ak-neu");
        assertThat(dialog.statusCode()).isEqualTo(200);
        assertThat(dialog.body()).contains("<h2 id=\"browser-dialog-title\">2 Einträge löschen?</h2>",
                "<input type=\"hidden\" name=\"paths\" value=\"/t-delete/ak-live\">ak-live",
                "Zurückziehen und löschen", "name=\"confirmed\" value=\"true\"");

        HttpResponse<String> refused = client.post(GROUPS + "/delete", List.of(Map.entry("paths", "/t-delete/ak-live"),
                Map.entry("confirmed", "true"), Map.entry("path", "/t-delete")), Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(notice(refused.body())).isEqualTo("„ak-live“ ist veröffentlicht und wird nicht gelöscht. Ziehen Sie"
                + " es zuerst zurück oder wählen Sie „Zurückziehen und löschen“.");
        assertThat(exists("/t-delete/ak-live")).isTrue();

        HttpResponse<String> deleted = client.post(GROUPS + "/unpublish-and-delete", List.of(
                Map.entry("paths", "/t-delete/ak-live"), Map.entry("paths", "/t-delete/ak-neu"),
                Map.entry("confirmed", "true"), Map.entry("path", "/t-delete")), Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(exists("/t-delete/ak-live")).isFalse();
        assertThat(exists("/t-delete/ak-neu")).isFalse();
        assertThat(live("/t-delete/ak-live")).isFalse();
        HttpResponse<String> list = client.get(GROUPS + "?path=/t-delete");
        assertThat(notice(list.body())).isEqualTo("2 Einträge wurden zurückgezogen und gelöscht.");
        assertThat(names(list.body())).containsExactly("ak-draft");

        post("unpublish", "/t-delete/ak-draft");
        HttpResponse<String> draft = client.post(GROUPS + "/delete", List.of(Map.entry("paths", "/t-delete/ak-draft"),
                Map.entry("confirmed", "true")), Map.of());
        assertThat(draft.statusCode()).isEqualTo(303);
        assertThat(exists("/t-delete/ak-draft")).isFalse();
    }

    @Test
    void duplicatingMakesANewDraftNamedKopieAndRefusesFolders() {
        folderWithItems("t-duplicate", "ak");
        publisher.publish("workingGroups", "/t-duplicate", true, "test");

        assertThat(post("duplicate", "/t-duplicate/ak").statusCode()).isEqualTo(303);
        assertThat(post("duplicate", "/t-duplicate/ak").statusCode()).isEqualTo(303);
        HttpResponse<String> list = client.get(GROUPS + "?path=/t-duplicate");
        assertThat(notice(list.body())).isEqualTo("Eine Kopie von „ak“ wurde angelegt.");
        assertThat(names(list.body())).containsExactly("ak", "ak-kopie", "ak-kopie-2");
        assertThat(row(list.body(), "ak-kopie")).contains("<td>Titel ak</td>", "status-new\">Neu<");
        String original = identifier("/t-duplicate/ak");
        assertThat(identifier("/t-duplicate/ak-kopie")).isNotEqualTo(original);

        HttpResponse<String> folder = post("duplicate", "/t-duplicate");
        assertThat(folder.statusCode()).isEqualTo(400);
        assertThat(notice(folder.body())).isEqualTo("„t-duplicate“ ist ein Ordner; duplizieren lassen sich nur Einträge.");
    }

    @Test
    void movingAsksForTheFolderAndRefusesANameClash() {
        folderWithItems("t-move", "ak-x", "ak-y");
        writer.createFolder("workingGroups", "/t-move", "ziel", "test");
        writer.create("workingGroups", "/t-move/ziel", "ak-x", Map.of("title", "Schon da"), "test");
        indexes.author().applyNow(List.of("/workingGroups/t-move"), true);

        HttpResponse<String> dialog = post("move", "/t-move/ak-x");
        assertThat(dialog.statusCode()).isEqualTo(200);
        assertThat(dialog.body()).contains("<label for=\"move-target\">Zielordner</label>",
                "<option value=\"/t-move/ziel\">/t-move/ziel</option>", "<option value=\"/\">Arbeitskreise</option>");

        HttpResponse<String> clash = client.post(GROUPS + "/move", List.of(Map.entry("paths", "/t-move/ak-x"),
                Map.entry("target", "/t-move/ziel"), Map.entry("path", "/t-move")), Map.of());
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(notice(clash.body())).isEqualTo("„ak-x“ wurde nicht verschoben: Im Ordner „/t-move/ziel“ gibt es"
                + " schon einen Eintrag mit diesem Namen.");
        assertThat(exists("/t-move/ak-x")).isTrue();

        String identifier = identifier("/t-move/ak-y");
        HttpResponse<String> moved = client.post(GROUPS + "/move", List.of(Map.entry("paths", "/t-move/ak-y"),
                Map.entry("target", "/t-move/ziel"), Map.entry("path", "/t-move")), Map.of());
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(identifier("/t-move/ziel/ak-y")).isEqualTo(identifier);
        assertThat(notice(client.get(GROUPS + "?path=/t-move").body()))
                .isEqualTo("„ak-y“ wurde nach „/t-move/ziel“ verschoben.");
        assertThat(names(client.get(GROUPS + "?path=/t-move/ziel").body())).containsExactly("ak-x", "ak-y");

        HttpResponse<String> noFolder = client.post(GROUPS + "/move", List.of(Map.entry("paths", "/t-move/ak-x"),
                Map.entry("target", "/t-move/ak-x")), Map.of());
        assertThat(noFolder.statusCode()).isEqualTo(400);
        assertThat(notice(noFolder.body())).contains("„target“");
        HttpResponse<String> intoItself = client.post(GROUPS + "/move", List.of(Map.entry("paths", "/t-move"),
                Map.entry("target", "/t-move/ziel")), Map.of());
        assertThat(intoItself.statusCode()).isEqualTo(400);
        assertThat(notice(intoItself.body())).isEqualTo("„t-move“ kann nicht in sich selbst verschoben werden.");
    }

    @Test
    void aNewFolderNeedsAFreeValidName() {
        HttpResponse<String> form = client.get(GROUPS + "/folder");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"folder-name\">Name des Ordners</label>");

        assertThat(postFolder("Archiv 2026").statusCode()).isEqualTo(303);
        assertThat(exists("/Archiv 2026")).isTrue();
        assertThat(names(client.get(GROUPS).body())).contains("Archiv 2026");

        HttpResponse<String> taken = postFolder("Archiv 2026");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(notice(taken.body())).isEqualTo("Im Ordner „/“ gibt es schon einen Eintrag namens „Archiv 2026“.");
        HttpResponse<String> slash = postFolder("a/b");
        assertThat(slash.statusCode()).isEqualTo(400);
        assertThat(notice(slash.body())).contains("„a/b“ ist kein gültiger Ordnername (Feld „name“)");
        assertThat(postFolder(" ").statusCode()).isEqualTo(400);
    }

    @Test
    void htmxActionsAnswerWithTheResultsRegionAlsoWhenRefused() {
        folderWithItems("t-htmx", "ak");

        HttpResponse<String> refused = client.post(GROUPS + "/publish", List.of(Map.entry("paths", "/t-htmx/ak"),
                Map.entry("path", "/t-htmx")), HTMX);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("HX-Retarget")).hasValue("#browser-results");
        assertThat(refused.body()).doesNotContain("<html").contains("role=\"alert\"", "<table class=\"browser-table\">");

        HttpResponse<String> dialog = client.post(GROUPS + "/delete", List.of(Map.entry("paths", "/t-htmx/ak")), HTMX);
        assertThat(dialog.body()).startsWith("<dialog id=\"browser-dialog\" class=\"browser-dialog\"")
                .contains("aria-labelledby=\"browser-dialog-title\"");

        HttpResponse<String> done = client.post(GROUPS + "/publish-with-children", List.of(Map.entry("paths", "/t-htmx"),
                Map.entry("path", "/t-htmx")), HTMX);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(notice(done.body())).isEqualTo("„t-htmx“ wurde mit allen Unterelementen veröffentlicht.");
        assertThat(row(done.body(), "ak")).contains("Veröffentlicht");
    }

    @Test
    void actionsNeedASelectionAndAnExistingItem() {
        client.get(GROUPS);
        HttpResponse<String> none = client.post(GROUPS + "/publish", List.of(), Map.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(notice(none.body())).isEqualTo("Bitte wählen Sie mindestens einen Eintrag aus.");

        HttpResponse<String> gone = post("duplicate", "/gibt-es-nicht");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(notice(gone.body())).isEqualTo("„gibt-es-nicht“ gibt es nicht (mehr).");

        HttpResponse<String> forged = client.postRaw(GROUPS + "/publish", Map.of("paths", "/netzwerk-kultur"));
        assertThat(forged.statusCode()).as("without the CSRF token").isEqualTo(403);

        AdminCentralClient anonymous = new AdminCentralClient(port);
        assertThat(anonymous.get(GROUPS).statusCode()).isEqualTo(302);
        assertThat(anonymous.get(GROUPS + "?q=x", HTMX).statusCode()).isEqualTo(401);
    }

    @Test
    void editOpensTheEditorOfTheOneSelectedItem() {
        client.get(GROUPS);
        HttpResponse<String> one = post("edit-selected", "/netzwerk-kultur");
        assertThat(one.statusCode()).isEqualTo(303);
        assertThat(one.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(GROUPS + "/edit?path=/netzwerk-kultur"));

        HttpResponse<String> two = post("edit-selected", "/netzwerk-kultur", "/netzwerk-gesundheit");
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(notice(two.body())).isEqualTo("Bitte wählen Sie genau einen Eintrag zum Bearbeiten aus.");
    }

    // --- 10,000 items ---

    @Test
    void aWorkspaceOfTenThousandItemsIsListedSearchedSortedAndFilteredFromTheIndex() {
        writeNews(10_000);
        long indexing = System.nanoTime();
        // The follower indexes them, as it would after an import; timings are taken once it is done.
        while (!range(client.get(APPS + "news?path=/bulk").body()).contains("von 10000")) {
            assertThat((System.nanoTime() - indexing) / 1_000_000_000).as("seconds until indexed").isLessThan(180);
            sleep(200);
        }
        System.out.printf("10k items: searchable in the author index after %d ms%n", (System.nanoTime() - indexing) / 1_000_000);

        String[] requests = {"?path=/bulk", "?path=/bulk&page=400", "?path=/bulk&sort=title&dir=desc&pageSize=100",
                "?path=/bulk&q=Chemnitz", "?path=/bulk&f.kind=event&status=new&sort=date&dir=desc",
                "?path=/bulk&sort=@lastModified&page=17&pageSize=50"};
        for (String query : requests) {
            client.get(APPS + "news" + query);
        }
        List<String> timings = new ArrayList<>();
        for (String query : requests) {
            long[] millis = new long[5];
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                HttpResponse<String> page = client.get(APPS + "news" + query);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                assertThat(page.statusCode()).as(query).isEqualTo(200);
            }
            java.util.Arrays.sort(millis);
            timings.add(String.format("%-60s median %4d ms, max %4d ms", query, millis[2], millis[4]));
        }
        System.out.println("Browser page at 10,000 items (warm, 5 runs each):\n  " + String.join("\n  ", timings));

        HttpResponse<String> first = client.get(APPS + "news?path=/bulk");
        assertThat(range(first.body())).isEqualTo("Einträge 1–25 von 10000 · Seite 1 von 400");
        assertThat(names(first.body())).startsWith("meldung-00000", "meldung-00001");
        assertThat(names(client.get(APPS + "news?path=/bulk&page=400").body())).endsWith("meldung-09999");
        assertThat(names(client.get(APPS + "news?path=/bulk&sort=title&dir=desc").body())).first()
                .isEqualTo("meldung-09999");
        assertThat(range(client.get(APPS + "news?path=/bulk&q=Chemnitz").body())).endsWith("von 2500 · Seite 1 von 100");
        assertThat(range(client.get(APPS + "news?path=/bulk&f.kind=event").body())).startsWith("Einträge 1–25 von 3333");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Generated news items written straight to the author tree (no validation: the list is under test). */
    private void writeNews(int count) {
        String[] cities = {"Chemnitz", "Leipzig", "Halle", "Erfurt"};
        String[] kinds = {"news", "event", "meeting"};
        List<NodeSnapshot> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String date = String.format("2025-%02d-%02dT10:00:00.000+01:00", 1 + i % 12, 1 + i % 28);
            items.add(new NodeSnapshot(String.format("meldung-%05d", i), "mgnl:content", null, List.of(), List.of(
                    property("date", PropertyType.DATE, date),
                    property("kind", PropertyType.STRING, kinds[i % 3]),
                    property("mgnl:lastModified", PropertyType.DATE, date),
                    property("teaser", PropertyType.STRING, "Nachbarschaftstreffen in " + cities[i % 4]),
                    property("title", PropertyType.STRING, String.format("Meldung %05d", i))), List.of(), 0));
        }
        long start = System.nanoTime();
        writer.createFolder("news", "/", "bulk", "test");
        for (int from = 0; from < count; from += 1000) {
            List<ContentRepository.Placement> batch = items.subList(from, Math.min(count, from + 1000)).stream()
                    .map(item -> new ContentRepository.Placement("/news/bulk", item)).toList();
            repository.writeSnapshots(Tree.AUTHOR, "test.bulk", batch, n -> { });
        }
        System.out.printf("10k items: written in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static NodeSnapshot.Property property(String name, int type, String value) {
        return new NodeSnapshot.Property(name, type, false, List.of(value));
    }

    // --- helpers ---

    private void folderWithItems(String folder, String... items) {
        writer.createFolder("workingGroups", "/", folder, "test");
        for (String item : items) {
            writer.create("workingGroups", "/" + folder, item, Map.of("title", "Titel " + item), "test");
        }
        indexes.author().applyNow(List.of("/workingGroups/" + folder), true);
        client.get(GROUPS + "?path=/" + folder);
    }

    /** An action of the working-groups app on the paths, with the list state of the first path's folder. */
    private HttpResponse<String> post(String action, String... paths) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String path : paths) {
            fields.add(Map.entry("paths", path));
        }
        String folder = paths[0].substring(0, paths[0].lastIndexOf('/'));
        if (!folder.isEmpty()) {
            fields.add(Map.entry("path", folder));
        }
        return client.post(GROUPS + "/" + action, fields, Map.of());
    }

    private HttpResponse<String> postFolder(String name) {
        client.get(GROUPS);
        return client.post(GROUPS + "/folder", List.of(Map.entry("name", name)), Map.of());
    }

    private void assertRefused(String url, String... expected) {
        HttpResponse<String> page = client.get(url);
        assertThat(page.statusCode()).as(url).isEqualTo(400);
        assertThat(page.body()).as(url).contains("<h1>Ungültige Anfrage</h1>").contains(expected)
                .doesNotContain("Exception", "at de.quartiersnetz");
    }

    private boolean live(String path) {
        return repository.read(Tree.LIVE, "test", session -> session.nodeExists("/workingGroups" + path));
    }

    private boolean exists(String path) {
        return repository.read(Tree.AUTHOR, "test", session -> session.nodeExists("/workingGroups" + path));
    }

    private String identifier(String path) {
        return repository.read(Tree.AUTHOR, "test", session -> session.getNode("/workingGroups" + path).getIdentifier());
    }

    static List<String> headers(String html) {
        return all(html, "class=\"sort\" href=\"[^\"]*\" hx-get=\"[^\"]*\" hx-target=\"#browser-results\" hx-push-url=\"true\">([^<]+)</a>");
    }

    /** The names in the list, in order. */
    static List<String> names(String html) {
        return all(html, "<input type=\"checkbox\" name=\"paths\" value=\"[^\"]*\" id=\"select-row-\\d+\" aria-label=\"(.+?) auswählen\">");
    }

    static String row(String html, String name) {
        Matcher row = Pattern.compile("<tr>\\s*<td class=\"select\"><input type=\"checkbox\" name=\"paths\" value=\"[^\"]*/"
                + Pattern.quote(name) + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("row of " + name).isTrue();
        return row.group();
    }

    static String range(String html) {
        return all(html, "<p id=\"browser-range\" class=\"range\"[^>]*>([^<]+)</p>").get(0);
    }

    static String notice(String html) {
        List<String> notices = all(html, "<p id=\"browser-notice\" class=\"notice [a-z]+\" role=\"[a-z]+\" tabindex=\"-1\">([^<]+)</p>");
        assertThat(notices).as("one notice").hasSize(1);
        return notices.get(0);
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
