package de.quartiersnetz.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestLightModules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** List queries of the delivery API over HTTP: every operator, ranges, OR, paging, ordering, q, openAt. */
@CmsServerTest
class DeliveryQueryTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", TestLightModules.SOURCE::toString);
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    ContentRepository repository;
    @Autowired
    ContentWriter writer;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void equalsIsTheDefaultAndNotEqualsIsItsComplement() throws Exception {
        assertThat(names("projects", "federalState=sachsen")).containsExactlyInAnyOrder(
                "gemeinwesenkoordination-chemnitz-sued", "quartiersmanagement-leipziger-osten",
                "servicestelle-quartiersentwicklung-und-gemeinwesenarbeit");
        assertThat(names("projects", "federalState[eq]=sachsen")).hasSize(3);
        assertThat(names("projects", "federalState[ne]=sachsen"))
                .containsExactly("integrierte-sozialarbeit-sozialregion-nord");
    }

    @Test
    void datesCompareAsDatesWithEveryComparison() throws Exception {
        assertThat(names("news", "date[gt]=2013-03-20&orderBy=date")).containsExactly(
                "forum-leipziger-osten-2014", "laenderuebergreifendes-lag-treffen-2015");
        assertThat(names("news", "date[gte]=2013-03-20&orderBy=date")).containsExactly(
                "stek-leo-stadtratsbeschluss-2013", "forum-leipziger-osten-2014",
                "laenderuebergreifendes-lag-treffen-2015");
        assertThat(names("news", "date[lt]=2013-03-20")).containsExactly("tagung-zukunft-von-stadtteilquartieren-2010");
        assertThat(names("news", "date[lte]=2010-06-01")).containsExactly("tagung-zukunft-von-stadtteilquartieren-2010");
        assertThat(names("news", "eventStart[gt]=2015-06-09T09:00:00.000%2B02:00"))
                .containsExactly("laenderuebergreifendes-lag-treffen-2015");
    }

    @Test
    void numbersCompareAsNumbers() throws Exception {
        assertThat(names("workingGroups", "rhythmMonths[gt]=2")).containsExactlyInAnyOrder(
                "netzwerk-gesundheit", "netzwerk-kultur", "integrations-check");
        assertThat(names("workingGroups", "rhythmMonths[lte]=2")).containsExactlyInAnyOrder(
                "netzwerkplattform-ak-ost", "planungsraum-arbeitskreis-innerer-osten");
    }

    @Test
    void rangesWithInAndNotIn() throws Exception {
        assertThat(names("news", "date[in]=2013-01-01~2014-12-31")).containsExactlyInAnyOrder(
                "stek-leo-stadtratsbeschluss-2013", "forum-leipziger-osten-2014");
        assertThat(names("news", "date[not-in]=2013-01-01~2014-12-31")).containsExactlyInAnyOrder(
                "tagung-zukunft-von-stadtteilquartieren-2010", "laenderuebergreifendes-lag-treffen-2015");
        assertThat(names("workingGroups", "rhythmMonths[in]=2~3")).containsExactlyInAnyOrder(
                "netzwerkplattform-ak-ost", "netzwerk-gesundheit");
    }

    @Test
    void likeNullOrAndSpecialFilters() throws Exception {
        assertThat(names("workingGroups", "title[like]=Netzwerk%25")).containsExactlyInAnyOrder(
                "netzwerk-gesundheit", "netzwerk-kultur", "netzwerkplattform-ak-ost");
        assertThat(names("workingGroups", "title[like]=Netzwerk_Kultur")).containsExactly("netzwerk-kultur");
        assertThat(names("projects", "city[null]=true"))
                .containsExactly("servicestelle-quartiersentwicklung-und-gemeinwesenarbeit");
        assertThat(names("projects", "city[null]=false")).hasSize(3);
        assertThat(names("networks", "@name=thasg%7Clag-sachsen")).containsExactlyInAnyOrder("thasg", "lag-sachsen");
        assertThat(names("networks", "federalState=thueringen%7CsachsenAnhalt"))
                .containsExactlyInAnyOrder("thasg", "lagfa-sachsen-anhalt");
        String chemnitz = repository.read(Tree.LIVE, "t",
                s -> s.getNode("/projects/gemeinwesenkoordination-chemnitz-sued").getIdentifier());
        assertThat(names("projects", "@jcr:uuid=" + chemnitz)).containsExactly("gemeinwesenkoordination-chemnitz-sued");
        assertThat(names("projects", "@ancestor=/")).hasSize(4);
    }

    @Test
    void multiValuePropertiesMatchWhenAnyValueMatches() throws Exception {
        assertThat(names("projects", "funders=Stadt%20Chemnitz")).containsExactly("gemeinwesenkoordination-chemnitz-sued");
    }

    @Test
    void pagingAndTotal() throws Exception {
        JsonNode page = getJson("/.rest/delivery/news/v1?orderBy=date&limit=2&offset=1&total=true");
        assertThat(names(page)).containsExactly("stek-leo-stadtratsbeschluss-2013", "forum-leipziger-osten-2014");
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(getJson("/.rest/delivery/news/v1?limit=1").has("total")).isFalse();
    }

    @Test
    void orderingBySeveralFieldsBothDirections() throws Exception {
        assertThat(names("projects", "orderBy=federalState%20desc,@name%20asc")).containsExactly(
                "integrierte-sozialarbeit-sozialregion-nord", "gemeinwesenkoordination-chemnitz-sued",
                "quartiersmanagement-leipziger-osten", "servicestelle-quartiersentwicklung-und-gemeinwesenarbeit");
        assertThat(names("news", "orderBy=date%20desc")).first().isEqualTo("laenderuebergreifendes-lag-treffen-2015");
    }

    @Test
    void fullTextSearchUsesGermanStemming() throws Exception {
        assertThat(names("projects", "q=Beratungen")).contains("gemeinwesenkoordination-chemnitz-sued");
        assertThat(names("news", "q=Selbsthilfegenossenschaft")).contains("tagung-zukunft-von-stadtteilquartieren-2010");
        assertThat(names("projects", "q=%22unbalanced")).isNotNull();
    }

    @Test
    void listResultsResolveReferencesAndLanguage() throws Exception {
        JsonNode results = getJson("/.rest/delivery/officeHours/v1?lang=en&orderBy=@name").get("results");
        assertThat(results.get(0).get("title").asString()).isEqualTo("Open office hours");
        assertThat(results.get(0).get("project").get("@name").asString()).isEqualTo("gemeinwesenkoordination-chemnitz-sued");
    }

    @Test
    void officeHoursOpenAtAMoment() throws Exception {
        assertThat(names("officeHours", "openAt=2026-11-24T16:00"))
                .containsExactly("gemeinwesenkoordination-chemnitz-sued-dienstag");
        assertThat(names("officeHours", "openAt=2026-11-25T10:00"))
                .containsExactly("gemeinwesenkoordination-chemnitz-sued-mittwoch");
        assertThat(names("officeHours", "openAt=2026-11-25T13:00")).isEmpty();
        assertThat(names("officeHours", "openAt=2026-11-26T11:00")).isEmpty();
    }

    @Test
    void draftsNeverAppearInLists() throws Exception {
        writer.create("projects", "/", "entwurf-beratungsstelle", Map.of("title", "Entwurf Beratungsstelle"), "editor");
        assertThat(names("projects", "q=Beratungsstelle")).doesNotContain("entwurf-beratungsstelle");
        assertThat(names("projects", "limit=100")).doesNotContain("entwurf-beratungsstelle");
    }

    @BeforeEach
    void awaitDemoContentIndexed() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            // At least the demo's six working groups and four news (tests add their own items).
            if (getJson("/.rest/delivery/workingGroups/v1?total=true").get("total").asLong() >= 6
                    && getJson("/.rest/delivery/news/v1?total=true").get("total").asLong() >= 4) {
                return;
            }
            Thread.sleep(50);
        }
        // A list cached while the index still lagged behind the repository would stay stale: that is a bug.
        throw new AssertionError("the demo content never appeared in the delivery lists");
    }

    private List<String> names(String endpoint, String query) throws Exception {
        return names(getJson("/.rest/delivery/" + endpoint + "/v1?" + query));
    }

    private static List<String> names(JsonNode response) {
        List<String> names = new ArrayList<>();
        response.get("results").forEach(node -> names.add(node.get("@name").asString()));
        return names;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
