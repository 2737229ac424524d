package de.quartiersnetz.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

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
import de.quartiersnetz.cms.server.TestLightModules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The delivery API over HTTP on a random port, with the demo content published on first start. */
@CmsServerTest
class DeliveryApiTest {
    private static final String CHEMNITZ = "/.rest/delivery/projects/v1/gemeinwesenkoordination-chemnitz-sued";
    private static final String DIENSTAG = "/.rest/delivery/officeHours/v1/gemeinwesenkoordination-chemnitz-sued-dienstag";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path modules = TestLightModules.copyTo(temp.resolve("light-modules"));
        Files.writeString(modules.resolve("quartiersnetz-content/restEndpoints/delivery/strictNews_v1.yaml"), """
                $type: jcrDeliveryEndpoint_v2
                workspace: news
                strict: true
                """);
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", modules::toString);
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
        // the demo content's responses are small: send every cached one above 1 KB from its file
        registry.add("quartiersnetz.delivery.file-min-size", () -> "1KB");
    }

    @LocalServerPort
    int port;
    @Autowired
    ContentRepository repository;
    @Autowired
    ContentWriter writer;
    @Autowired
    Publisher publisher;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nodeJsonHasMagnoliasShapeKeyByKey() throws Exception {
        JsonNode node = getJson(DIENSTAG);
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);

        assertThat(keys.subList(0, 4)).containsExactly("@name", "@path", "@id", "@nodeType");
        assertThat(keys.get(keys.size() - 1)).isEqualTo("@nodes");
        assertThat(node.get("@name").asString()).isEqualTo("gemeinwesenkoordination-chemnitz-sued-dienstag");
        assertThat(node.get("@path").asString()).isEqualTo("/gemeinwesenkoordination-chemnitz-sued-dienstag");
        assertThat(node.get("@id").asString()).matches("[0-9a-f-]{36}");
        assertThat(node.get("@nodeType").asString()).isEqualTo("mgnl:content");
        assertThat(node.get("opens").isString()).isTrue();
        assertThat(node.get("@nodes").isArray()).isTrue();
        assertThat(keys).noneMatch(key -> key.startsWith("mgnl:") || key.startsWith("jcr:") || key.endsWith("_en"));
    }

    @Test
    void scalarsAreStringsDatesCarryOffsetsAndMultiValuesAreArrays() throws Exception {
        JsonNode meeting = getJson("/.rest/delivery/news/v1/laenderuebergreifendes-lag-treffen-2015");
        assertThat(meeting.get("eventStart").asString()).isEqualTo("2015-06-09T10:00:00.000+02:00");
        JsonNode project = getJson(CHEMNITZ);
        assertThat(project.get("funders").isArray()).isTrue();
        assertThat(project.get("funders").get(0).isString()).isTrue();
    }

    @Test
    void childrenAppearToTheEndpointsDepthAndAreListedInNodes() throws Exception {
        JsonNode project = getJson(CHEMNITZ);
        assertThat(project.get("@nodes").toString()).contains("offers");
        JsonNode offers = project.get("offers");
        assertThat(offers.get("@nodeType").asString()).isEqualTo("mgnl:contentNode");
        assertThat(offers.get("@nodes").size()).isEqualTo(7);
        assertThat(offers.get("0").get("title").asString()).isEqualTo("Beratung in Alltagsfragen");
        assertThat(offers.get("0").get("@nodes").size()).isZero();
    }

    @Test
    void nodesSuffixListsChildren() throws Exception {
        JsonNode children = getJson("/.rest/delivery/projects/v1/@nodes");
        assertThat(children.isArray()).isTrue();
        List<String> names = new ArrayList<>();
        children.forEach(child -> names.add(child.get("@name").asString()));
        assertThat(names).contains("gemeinwesenkoordination-chemnitz-sued", "quartiersmanagement-leipziger-osten");
    }

    @Test
    void referencesResolveToThePublishedNodes() throws Exception {
        JsonNode hours = getJson(DIENSTAG);
        assertThat(hours.get("project").get("title").asString()).isEqualTo("Gemeinwesenkoordination Chemnitz Süd");
        assertThat(hours.get("project").get("@path").asString()).isEqualTo("/gemeinwesenkoordination-chemnitz-sued");
    }

    /** Referenced items' JSON is kept between requests; a publication must reach every item that embeds it. */
    @Test
    void aPublishedChangeToAReferencedItemShowsInEveryItemPointingAtIt() throws Exception {
        ContentRef project = writer.create("projects", "/", "nachbarschaftsladen", Map.of("title", "Nachbarschaftsladen"),
                "editor");
        writer.create("officeHours", "/", "nachbarschaftsladen-montag", Map.of("title", "Sprechzeit",
                "project", project.identifier(), "weekday", "monday", "opens", "10:00", "closes", "12:00"), "editor");
        publisher.publish("projects", project.path(), false, "editor");
        publisher.publish("officeHours", "/nachbarschaftsladen-montag", false, "editor");
        String item = "/.rest/delivery/officeHours/v1/nachbarschaftsladen-montag";
        String list = "/.rest/delivery/officeHours/v1?weekday=monday&orderBy=title&limit=50";
        awaitJson(item, body -> body.contains("\"Nachbarschaftsladen\""));
        awaitJson(list, body -> body.contains("\"Nachbarschaftsladen\""));

        writer.update("projects", project.path(), Map.of("title", "Nachbarschaftsladen Ost"), "editor");
        publisher.publish("projects", project.path(), false, "editor");

        assertThat(awaitJson(item, body -> body.contains("Nachbarschaftsladen Ost")).get("project").get("title").asString())
                .isEqualTo("Nachbarschaftsladen Ost");
        assertThat(awaitJson(list, body -> body.contains("Nachbarschaftsladen Ost")).toString())
                .doesNotContain("\"Nachbarschaftsladen\"");
    }

    @Test
    void languageComesFromLangOrAcceptLanguageWithFallbackToGerman() throws Exception {
        assertThat(getJson(DIENSTAG + "?lang=en").get("title").asString()).isEqualTo("Open office hours");
        assertThat(getJson(DIENSTAG + "?lang=de").get("title").asString()).isEqualTo("Offene Sprechzeiten");
        HttpResponse<String> english = get(DIENSTAG, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(json.readTree(english.body()).get("title").asString()).isEqualTo("Open office hours");
        assertThat(getJson(CHEMNITZ + "?lang=en").get("carrier").asString()).isEqualTo("Neue Arbeit Chemnitz e.V.");
    }

    @Test
    void fieldsProjectionKeepsMetadataAndTheAskedProperties() throws Exception {
        JsonNode node = getJson(CHEMNITZ + "?fields=title,carrier");
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("@name", "@path", "@id", "@nodeType", "title", "carrier", "@nodes");
    }

    @Test
    void draftsAndUnpublishedChangesNeverAppearAlsoNotThroughReferences() throws Exception {
        ContentRef draft = writer.create("networks", "/", "entwurfsnetzwerk", Map.of("title", "Geheimes Entwurfsnetzwerk"),
                "editor");
        assertThat(get("/.rest/delivery/networks/v1/entwurfsnetzwerk").statusCode()).isEqualTo(404);

        String lagSachsen = repository.read(Tree.AUTHOR, "t", s -> s.getNode("/networks/lag-sachsen").getIdentifier());
        writer.update("projects", "/quartiersmanagement-leipziger-osten", Map.of(
                "title", "Quartiersmanagement Leipziger Osten (neu)",
                "networks", List.of(lagSachsen, draft.identifier())), "editor");
        String unpublishedChange = get("/.rest/delivery/projects/v1/quartiersmanagement-leipziger-osten").body();
        assertThat(unpublishedChange).contains("Quartiersmanagement Leipziger Osten\"").doesNotContain("(neu)");

        publisher.publish("projects", "/quartiersmanagement-leipziger-osten", false, "editor");
        JsonNode published = awaitJson("/.rest/delivery/projects/v1/quartiersmanagement-leipziger-osten",
                body -> body.contains("(neu)"));
        assertThat(published.get("networks").size()).isEqualTo(1);
        assertThat(published.toString()).doesNotContain("Entwurfsnetzwerk").doesNotContain(draft.identifier());
    }

    @Test
    void etagAndLastModifiedAnswer304AndChangeWhenContentIsPublished() throws Exception {
        HttpResponse<String> first = get(CHEMNITZ);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(get(CHEMNITZ, "If-None-Match", etag).statusCode()).isEqualTo(304);
        // Last-Modified is the live tree's last change; right after start the bootstrap's publications may still
        // reach the index, so a date that moved between the requests is asked again.
        for (int attempt = 0; ; attempt++) {
            String lastModified = get(CHEMNITZ).headers().firstValue("Last-Modified").orElseThrow();
            int status = get(CHEMNITZ, "If-Modified-Since", lastModified).statusCode();
            boolean moved = !get(CHEMNITZ).headers().firstValue("Last-Modified").orElseThrow().equals(lastModified);
            if (!moved || attempt == 40) {
                assertThat(status).isEqualTo(304);
                break;
            }
            Thread.sleep(250);
        }

        writer.update("officeHours", "/gemeinwesenkoordination-chemnitz-sued-mittwoch", Map.of(
                "project", idOf("projects", "/gemeinwesenkoordination-chemnitz-sued"), "weekday", "wednesday",
                "opens", "09:30", "closes", "13:00"), "editor");
        publisher.publish("officeHours", "/gemeinwesenkoordination-chemnitz-sued-mittwoch", false, "editor");
        String mittwoch = "/.rest/delivery/officeHours/v1/gemeinwesenkoordination-chemnitz-sued-mittwoch";
        awaitJson(mittwoch, body -> body.contains("09:30"));
        assertThat(get(CHEMNITZ, "If-None-Match", etag).statusCode()).isIn(200, 304);
        assertThat(get(mittwoch).headers().firstValue("ETag")).isPresent();
    }

    /** Items rendered once are reused by single-item responses and lists alike; unpublishing must end both. */
    @Test
    void anItemIsTheSameJsonAloneAndInAListUntilItIsUnpublished() throws Exception {
        writer.create("projects", "/", "stadtteilladen-ost",
                Map.of("title", "Stadtteilladen Ost", "city", "Probstheida-Nord"), "editor");
        publisher.publish("projects", "/stadtteilladen-ost", false, "editor");
        String item = "/.rest/delivery/projects/v1/stadtteilladen-ost";
        String list = "/.rest/delivery/projects/v1?city=Probstheida-Nord&limit=5";
        String single = awaitJson(item, body -> body.contains("Stadtteilladen Ost")).toString();
        JsonNode results = awaitJson(list, body -> body.contains("Stadtteilladen Ost")).get("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).toString()).isEqualTo(single);

        publisher.unpublish("projects", "/stadtteilladen-ost", "editor");

        assertThat(awaitJson(list, body -> !body.contains("Stadtteilladen Ost")).get("results")).isEmpty();
        assertThat(get(item).statusCode()).isEqualTo(404);
    }

    @Test
    void theGzipRepresentationHoldsTheSameBytesAsThePlainOne() throws Exception {
        String list = "/.rest/delivery/projects/v1?orderBy=title&limit=20";
        byte[] plain = http.send(HttpRequest.newBuilder(uri(list)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri(list)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void responsesAreCompressedAndOpenToOtherOrigins() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(CHEMNITZ))
                .header("Accept-Encoding", "gzip").header("Origin", "https://stadt.example").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void aRepeatedLargeResponseComesFromItsFileWithTheSameBytesAndHeaders() throws Exception {
        String list = "/.rest/delivery/projects/v1?limit=100";
        HttpResponse<byte[]> first = getBytes(list);
        assertThat(first.body().length).isGreaterThan(1024);
        // right after start the bootstrap's publications may still reach the index and empty the cache
        long deadline = System.currentTimeMillis() + 5000;
        while (!hasFileWith(first.body()) && System.currentTimeMillis() < deadline) {
            getBytes(list);
            Thread.sleep(25);
        }
        assertThat(hasFileWith(first.body())).isTrue();
        HttpResponse<byte[]> again = getBytes(list);
        assertThat(again.body()).isEqualTo(first.body());
        for (String header : List.of("ETag", "Cache-Control", "Vary", "Content-Type", "Content-Length",
                "X-Content-Type-Options", "X-Frame-Options", "X-XSS-Protection")) {
            assertThat(again.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
        }
        HttpResponse<byte[]> gzipped = getBytes(list, "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes()).isEqualTo(first.body());
    }

    @Test
    void badInputIsA4xxWithAJsonBodyNamingTheParameter() throws Exception {
        assertError("/.rest/delivery/news/v1?date[around]=2015-06-09", 400, "date[around]");
        assertError("/.rest/delivery/news/v1?limit=101", 400, "limit");
        assertError("/.rest/delivery/news/v1?limit=-1", 400, "limit");
        assertError("/.rest/delivery/news/v1?limit=%D9%A3", 400, "limit");
        assertError("/.rest/delivery/news/v1?offset=abc", 400, "offset");
        assertError("/.rest/delivery/news/v1?date[gt]=2015-13-45", 400, "date[gt]");
        assertError("/.rest/delivery/news/v1?expectedParticipants[gt]=viele", 400, "expectedParticipants[gt]");
        assertError("/.rest/delivery/news/v1?date[in]=2015-01-01", 400, "date[in]");
        assertError("/.rest/delivery/news/v1?orderBy=date%20sideways", 400, "orderBy");
        assertError("/.rest/delivery/news/v1?lang=fr", 400, "lang");
        assertError("/.rest/delivery/news/v1?@jcr:uuid=nope", 400, "@jcr:uuid");
        assertError("/.rest/delivery/news/v1?title[null]=maybe", 400, "title[null]");
        assertError("/.rest/delivery/news/v1?openAt=2026-11-24T16:00", 400, "openAt");
        assertError("/.rest/delivery/officeHours/v1?openAt=tomorrow", 400, "openAt");
        assertError("/.rest/delivery/strictNews/v1?colour=blue", 400, "colour");
        assertError("/.rest/delivery/strictNews/v1?orderBy=colour", 400, "orderBy");
        assertError("/.rest/delivery/news/v1/nicht-vorhanden", 404, null);
        assertError("/.rest/delivery/nothing/v1", 404, null);
        assertError("/.rest/delivery/news/v1/a%5Bb%5D", 404, null);
    }

    @Test
    void pathTraversalNeverReachesOtherWorkspaces() throws Exception {
        for (String path : List.of("/.rest/delivery/news/v1/..%2Fprojects%2Fgemeinwesenkoordination-chemnitz-sued",
                "/.rest/delivery/news/v1/%2e%2e/projects", "/.rest/delivery/news/v1/%252e%252e/projects")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("Chemnitz").doesNotContain("Exception");
        }
    }

    @Test
    void openApiDocumentListsEveryEndpoint() throws Exception {
        JsonNode document = getJson("/.rest/openapi.json");
        assertThat(document.get("openapi").asString()).startsWith("3.");
        for (String endpoint : List.of("networks", "projects", "officeHours", "workingGroups", "news")) {
            assertThat(document.get("paths").has("/.rest/delivery/" + endpoint + "/v1")).as(endpoint).isTrue();
        }
    }

    private void assertError(String path, int status, String parameter) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("message").asString()).as(path).isNotBlank().doesNotContain("Exception");
        if (parameter != null) {
            assertThat(body.get("parameter").asString()).as(path).isEqualTo(parameter);
        }
    }

    private String idOf(String workspace, String path) {
        return repository.read(Tree.AUTHOR, "t", s -> s.getNode("/" + workspace + path).getIdentifier());
    }

    private JsonNode awaitJson(String path, java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        String body = get(path).body();
        while (!ready.test(body) && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
            body = get(path).body();
        }
        assertThat(ready.test(body)).as("response of %s became ready: %s", path, body).isTrue();
        return json.readTree(body);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean hasFileWith(byte[] body) throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("data").resolve("delivery-responses"))) {
            return files.map(DeliveryApiTest::bytes).anyMatch(bytes -> Arrays.equals(bytes, body));
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
