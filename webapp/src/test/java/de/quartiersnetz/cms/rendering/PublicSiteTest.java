package de.quartiersnetz.cms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import java.io.StringReader;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import de.quartiersnetz.cms.assets.UploadInspector;
import de.quartiersnetz.cms.assets.AssetStore;
import de.quartiersnetz.cms.assets.AssetMetadata;
import de.quartiersnetz.cms.assets.Asset;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestLightModules;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The public site over HTTP on the demo content published at first start. */
@CmsServerTest
class PublicSiteTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, "Site-Test-2026");
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
    PagePreview preview;
    @Autowired
    LightModuleLoader loader;
    @Autowired
    AssetStore assetStore;
    @Autowired
    UploadInspector uploads;

    SiteClient site() {
        return new SiteClient(port);
    }

    /** Every seed item: workspace and name, from the demo bootstrap files. */
    static List<String[]> seedItems() throws Exception {
        List<String[]> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestLightModules.SOURCE.resolve("quartiersnetz-demo/bootstrap"))) {
            for (Path file : files.sorted().toList()) {
                String[] parts = file.getFileName().toString().split("\\.");
                if (!parts[0].equals("website")) {
                    items.add(new String[] {parts[0], parts[1]});
                }
            }
        }
        return items;
    }

    static final Map<String, String> PREFIX = Map.of("projects", "/projekte", "networks", "/netzwerke",
            "workingGroups", "/arbeitskreise", "news", "/aktuelles", "officeHours", "/sprechzeiten");

    @Test
    void everySectionPageAndEveryDetailPageRenders() throws Exception {
        SiteClient site = new SiteClient(port);
        List<String> failures = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("/", "/netzwerke", "/projekte", "/arbeitskreise", "/aktuelles",
                "/sprechzeiten", "/suche", "/suche?q=Beratungen", "/barrierefreiheit", "/projekte?city=Chemnitz",
                "/projekte?network=lag-sachsen", "/projekte?topic=neighbourhoodManagement", "/aktuelles?kind=event"));
        for (String[] item : seedItems()) {
            paths.add(PREFIX.get(item[0]) + "/" + item[1]);
        }
        for (String path : paths) {
            HttpResponse<String> response = site.get(path);
            if (response.statusCode() != 200 || !response.body().contains("<html lang=\"de\">")) {
                failures.add(path + " → " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everySeedItemIsReachableFromTheHomePageByFollowingLinks() throws Exception {
        Map<String, String> crawled = site().crawl(400);
        List<String> missing = new ArrayList<>();
        for (String[] item : seedItems()) {
            String path = PREFIX.get(item[0]) + "/" + item[1];
            if (!crawled.containsKey(path) || !crawled.get(path).startsWith("200")) {
                missing.add(path);
            }
        }
        assertThat(missing).as("seed items not reachable from / by links").isEmpty();
        assertThat(crawled.entrySet()).allSatisfy(page -> assertThat(page.getValue())
                .as(page.getKey()).startsWith("200"));
    }

    @Test
    void unknownPagesAndItemsAnswerAGerman404() {
        for (String path : List.of("/gibt-es-nicht", "/projekte/gibt-es-nicht", "/projekte/projekt",
                "/netzwerke/lag-sachsen/weiter", "/quartiersnetz")) {
            HttpResponse<String> response = site().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<html lang=\"de\">", "Seite nicht gefunden");
        }
    }

    @Test
    void badFilterParametersAnswer400AndUnknownOnesAreIgnored() {
        for (String query : List.of("city=%3Cscript%3E", "network=..%2Fx", "topic=1%3Bdrop", "city=a&city=b",
                "network=" + "x".repeat(300))) {
            HttpResponse<String> response = site().get("/projekte?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("Ungültige Anfrage").doesNotContain("<script>");
        }
        assertThat(site().get("/aktuelles?kind=unbekannt").statusCode()).isEqualTo(400);
        assertThat(site().get("/projekte?utm_source=x").statusCode()).isEqualTo(200);
    }

    @Test
    void theDirectoryFiltersByCityNetworkAndTopic() {
        String card = "<h2><a href=\"/projekte/";
        String chemnitz = site().get("/projekte?city=Chemnitz").body();
        assertThat(chemnitz).contains(card + "gemeinwesenkoordination-chemnitz-sued\"", "1 Projekte")
                .doesNotContain(card + "quartiersmanagement-leipziger-osten\"");
        String management = site().get("/projekte?topic=neighbourhoodManagement").body();
        assertThat(management).contains(card + "quartiersmanagement-leipziger-osten\"")
                .doesNotContain(card + "gemeinwesenkoordination-chemnitz-sued\"");
        String network = site().get("/projekte?network=lag-sachsen").body();
        assertThat(network).contains(card + "gemeinwesenkoordination-chemnitz-sued\"");
        assertThat(site().get("/projekte?network=gibt-es-nicht").body()).contains("Keine Projekte gefunden");
    }

    @Test
    void pagesCarryAStrongEtagAnswer304AndACspWithoutUnsafeInline() {
        HttpResponse<String> first = site().get("/projekte/gemeinwesenkoordination-chemnitz-sued");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        String csp = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
        HttpResponse<String> again = site().get("/projekte/gemeinwesenkoordination-chemnitz-sued", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    /** Issue 6 on the site: the demo logo on its project page, an image and a PDF placed by an editor on a page. */
    @Test
    void imagesComeFromRenditionsWithAltTextAndDocumentsWithTypeAndSize() throws Exception {
        String project = site().get("/projekte/gemeinwesenkoordination-chemnitz-sued").body();
        Matcher img = Pattern.compile("<img class=\"asset\" src=\"([^\"]+)\" srcset=\"([^\"]+)\"[^>]* alt=\"([^\"]+)\"")
                .matcher(project);
        assertThat(img.find()).as("project page shows its logo").isTrue();
        assertThat(img.group(1)).startsWith("/.imaging/teaser/dam/jcr:");
        assertThat(img.group(2)).contains("/.imaging/thumbnail/", " 240w", "/.imaging/full/");
        assertThat(img.group(3)).isEqualTo("Schriftzug „Gemeinwesenkoordination Chemnitz Süd“ in Weiß auf blauem Grund");
        HttpResponse<byte[]> rendition = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + img.group(1).replace("&amp;", "&"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(rendition.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(img.group(2)).doesNotContain("webp");

        Matcher picture = Pattern.compile("<picture class=\"asset\"><source type=\"image/webp\" srcset=\"([^\"]+)\" "
                + "sizes=\"[^\"]+\">\\s*<img class=\"asset\" [^>]*alt=\"([^\"]+)\"[^>]*>\\s*</picture>").matcher(project);
        assertThat(picture.find()).as("WebP renditions offered in <picture>, JPEG in <img> with alt").isTrue();
        assertThat(picture.group(1)).contains("/.imaging/thumbnail-webp/", " 240w", "/.imaging/teaser-webp/", ".webp ")
                .doesNotContain(".jpg");
        assertThat(picture.group(2)).isEqualTo(img.group(3));
        HttpResponse<byte[]> webp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + picture.group(1).split(" ")[0])).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(webp.statusCode()).isEqualTo(200);
        assertThat(webp.headers().firstValue("Content-Type")).contains("image/webp");

        String logo = repository.read(Tree.LIVE, "test.logo", session ->
                session.getNode("/projects/gemeinwesenkoordination-chemnitz-sued").getProperty("image").getString());
        Asset flyer = assetStore.create("/", uploads.inspect("Einladung Stadtteilfest.pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                new AssetMetadata("Einladung zum Stadtteilfest", null, null, null, null, Map.of()), "superuser");
        for (String path : assetStore.publishPaths(flyer.id())) {
            publisher.publish(AssetStore.WORKSPACE, path, false, "superuser");
        }
        repository.write(Tree.AUTHOR, "test.imagePage", session -> {
            javax.jcr.Node page = session.getNode("/website/quartiersnetz").addNode("bilder", "mgnl:page");
            page.setProperty("mgnl:template", "quartiersnetz-site:pages/content");
            page.setProperty("title", "Bilder");
            javax.jcr.Node main = page.addNode("main", "mgnl:area");
            javax.jcr.Node image = main.addNode("0", "mgnl:component");
            image.setProperty("mgnl:template", "quartiersnetz-site:components/image");
            image.setProperty("image", logo);
            image.setProperty("caption", "Unser Logo");
            javax.jcr.Node document = main.addNode("1", "mgnl:component");
            document.setProperty("mgnl:template", "quartiersnetz-site:components/image");
            document.setProperty("image", "jcr:" + flyer.id());
            return null;
        });
        publisher.publish("website", "/quartiersnetz/bilder", false, "superuser");

        String page = site().get("/bilder").body();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!page.contains("Unser Logo") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = site().get("/bilder").body();
        }
        assertThat(page).contains("<figcaption>Unser Logo", "alt=\"Schriftzug „Gemeinwesenkoordination Chemnitz Süd“")
                .containsPattern("<a class=\"download\" href=\"/dam/jcr:" + flyer.id() + "/" + flyer.version() + "/einladung-stadtteilfest.pdf\""
                        + " type=\"application/pdf\">Einladung zum Stadtteilfest<span class=\"meta\"> \\(PDF, 1 KB, herunterladen\\)");
    }

    @Test
    void draftsAreNeverShownAndPublishingInvalidatesTheCachedPage() throws Exception {
        String path = "/projekte/servicestelle-quartiersentwicklung-und-gemeinwesenarbeit";
        String before = site().get(path).body();
        repository.write(Tree.AUTHOR, "test.draftChange", session -> {
            session.getNode("/projects/servicestelle-quartiersentwicklung-und-gemeinwesenarbeit")
                    .setProperty("subtitle", "Entwurf-Untertitel-4711");
            return null;
        });
        createDraftPage();
        Thread.sleep(1500);
        assertThat(site().get(path).body()).doesNotContain("Entwurf-Untertitel-4711").isEqualTo(before);
        assertThat(site().get("/entwurfsseite").statusCode()).isEqualTo(404);
        assertThat(preview.render("/quartiersnetz/entwurfsseite", Locale.GERMAN, false)).contains("Geheimer Entwurf");

        publisher.publish("projects", "/servicestelle-quartiersentwicklung-und-gemeinwesenarbeit", false, "superuser");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String after = site().get(path).body();
        while (!after.contains("Entwurf-Untertitel-4711") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = site().get(path).body();
        }
        assertThat(after).contains("Entwurf-Untertitel-4711");
        assertThat(site().get("/entwurfsseite").statusCode()).isEqualTo(404);
    }

    private void createDraftPage() {
        repository.write(Tree.AUTHOR, "test.draftPage", session -> {
            javax.jcr.Node home = session.getNode("/website/quartiersnetz");
            javax.jcr.Node page = home.addNode("entwurfsseite", "mgnl:page");
            page.setProperty("mgnl:template", "quartiersnetz-site:pages/content");
            page.setProperty("title", "Geheimer Entwurf");
            return null;
        });
    }

    @Test
    void newsFeedsParseWithRomeAndListEveryNewsItem() throws Exception {
        long news = seedItems().stream().filter(item -> item[0].equals("news")).count();
        for (String feed : List.of("/aktuelles/feed.rss", "/aktuelles/feed.atom")) {
            HttpResponse<String> response = site().get(feed);
            assertThat(response.statusCode()).isEqualTo(200);
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(parsed.getEntries()).as(feed).hasSize((int) news);
            assertThat(parsed.getEntries()).allSatisfy(entry -> assertThat(entry.getLink()).contains("/aktuelles/"));
        }
    }

    @Test
    void calendarsParseWithIcal4jPerListAndPerItem() throws Exception {
        HttpResponse<String> list = site().get("/aktuelles/termine.ics");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        Calendar all = new CalendarBuilder().build(new StringReader(list.body()));
        assertThat(all.getComponents(VEvent.VEVENT)).hasSizeGreaterThanOrEqualTo(3);
        Calendar one = new CalendarBuilder().build(new StringReader(site().get("/aktuelles/forum-leipziger-osten-2014.ics").body()));
        assertThat(one.getComponents(VEvent.VEVENT)).hasSize(1);
        assertThat(site().get("/aktuelles/stek-leo-stadtratsbeschluss-2013.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void jsonLdParsesAndCarriesTheExpectedTypes() throws Exception {
        assertThat(jsonLdTypes("/")).contains("NGO");
        assertThat(jsonLdTypes("/netzwerke/lag-sachsen")).contains("NGO");
        assertThat(jsonLdTypes("/projekte/gemeinwesenkoordination-chemnitz-sued"))
                .contains("Organization", "OpeningHoursSpecification");
        assertThat(jsonLdTypes("/sprechzeiten/gemeinwesenkoordination-chemnitz-sued-dienstag"))
                .contains("OpeningHoursSpecification");
        assertThat(jsonLdTypes("/aktuelles/forum-leipziger-osten-2014")).contains("Event");
        assertThat(jsonLdTypes("/aktuelles/stek-leo-stadtratsbeschluss-2013")).contains("NewsArticle");
    }

    private Set<String> jsonLdTypes(String path) {
        String html = site().get(path).body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(script.find()).as("JSON-LD on " + path).isTrue();
        JsonNode json = new ObjectMapper().readTree(script.group(1));
        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        Set<String> types = new TreeSet<>();
        collectTypes(json, types);
        return types;
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject() && node.has("@type")) {
            types.add(node.get("@type").asString());
        }
        for (JsonNode child : node) {
            collectTypes(child, types);
        }
    }

    @Test
    void sitemapListsEveryPublishedPageAndDetailPageAndRobotsPointsToIt() throws Exception {
        HttpResponse<String> response = site().get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())));
        NodeList locations = document.getElementsByTagName("loc");
        Set<String> urls = new TreeSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent().replace("http://localhost:8080", ""));
        }
        assertThat(urls).contains("/", "/netzwerke", "/projekte", "/arbeitskreise", "/aktuelles", "/sprechzeiten",
                "/barrierefreiheit", "/suche").doesNotContain("/projekte/projekt", "/netzwerke/netzwerk");
        for (String[] item : seedItems()) {
            assertThat(urls).contains(PREFIX.get(item[0]) + "/" + item[1]);
        }
        assertThat(site().get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void searchFindsStemmedWordsWithHighlightedSnippets() {
        String body = site().get("/suche?q=Beratungen").body();
        assertThat(body).contains("/projekte/gemeinwesenkoordination-chemnitz-sued", "<mark>Beratung</mark>");
        assertThat(site().get("/suche?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(site().get("/suche?q=%3Cb%3Ex").body()).doesNotContain("<b>x");
    }

    @Test
    void thePreviewWritesThePageEditorMarkers() {
        String home = preview.render("/quartiersnetz", Locale.GERMAN, true);
        assertThat(home).containsPattern("<body>\\s*<!-- cms:page content=\"website:/quartiersnetz\" dialog=\"quartiersnetz-site:pages/home\" -->");
        assertThat(home).contains("<!-- cms:area content=\"website:/quartiersnetz/main\" name=\"main\" type=\"list\" "
                + "availableComponents=\"quartiersnetz-site:components/text,quartiersnetz-site:components/teaser,",
                "maxComponents=\"30\" -->",
                "<!-- cms:component content=\"website:/quartiersnetz/main/0\" dialog=\"quartiersnetz-site:components/teaser\" -->",
                "<!-- /cms:component -->", "<!-- /cms:area -->");
        String section = preview.render("/quartiersnetz/netzwerke", Locale.GERMAN, true);
        assertThat(section).contains("Über Quartiersnetz", "<!-- cms:area content=\"website:/quartiersnetz/netzwerke/footer\"")
                .doesNotContain("content=\"website:/quartiersnetz/footer/0\"");
        assertThat(preview.render("/quartiersnetz", Locale.GERMAN, false)).doesNotContain("<!-- cms:");
    }

    @Test
    void aTemplateErrorShowsAGermanErrorBoxInThePreviewAndAClean500Publicly() throws Exception {
        Path script = temp.resolve("modules/quartiersnetz-site/templates/pages/accessibility.ftl");
        String original = Files.readString(script);
        try {
            Files.writeString(script, "<html><body>\n[#assign x = 1]\n${undefinedVariable.foo}\n</body></html>");
            Files.setLastModifiedTime(script, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            loader.load();
            String box = preview.render("/quartiersnetz/barrierefreiheit", Locale.GERMAN, true);
            assertThat(box).contains("Fehler in der Vorlage", "/quartiersnetz-site/templates/pages/accessibility.ftl",
                    "Zeile:</strong> 3", "undefinedVariable");
            HttpResponse<String> response = site().get("/barrierefreiheit");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("<html lang=\"de\">", "Ein Fehler ist aufgetreten")
                    .doesNotContain("undefinedVariable", "accessibility.ftl");
        } finally {
            Files.writeString(script, original);
            Files.setLastModifiedTime(script, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10000));
            loader.load();
        }
        assertThat(site().get("/barrierefreiheit").statusCode()).isEqualTo(200);
    }
}
