package de.quartiersnetz.cms.search;

import static de.quartiersnetz.cms.search.Operator.EQ;
import static de.quartiersnetz.cms.search.Operator.GT;
import static de.quartiersnetz.cms.search.Operator.LIKE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/** Full text and filters on the published demo content (German) and the tours fixture. */
class DemoContentSearchTest {
    static final String CHEMNITZ = "/gemeinwesenkoordination-chemnitz-sued";
    static final String TAGUNG = "/tagung-zukunft-von-stadtteilquartieren-2010";

    @TempDir
    static Path dataDir;
    static SearchTestContent content;
    static ContentIndex index;

    @BeforeAll
    static void publishDemoAndIndexLive() {
        content = new SearchTestContent(dataDir);
        content.importAndPublishDemo();
        content.writeTours(Tree.LIVE);
        index = new ContentIndex(dataDir.resolve("index/live"), content.repository, Tree.LIVE);
        index.rebuild(ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        index.close();
        content.close();
    }

    static List<String> search(String workspace, String q) {
        return index.search(SearchQuery.in(workspace).fullText(q).limit(100).build()).paths();
    }

    @Test
    void germanStemmingFindsBeratungForBeratungenInTheChemnitzProjectsOffers() {
        // "Beratung in Alltagsfragen" is the title of an offer, a submodel entry below the project.
        assertThat(search("projects", "Beratungen")).contains(CHEMNITZ);
        assertThat(search("projects", "Alltagsfragen")).containsExactly(CHEMNITZ);
    }

    @Test
    void germanStemmingFindsQuartierForQuartiere() {
        assertThat(search("news", "Quartiere")).contains(TAGUNG);
    }

    @Test
    void umlautsAndEszettAreNormalised() {
        assertThat(search("projects", "Sued")).isEqualTo(search("projects", "Süd")).contains(CHEMNITZ);
    }

    @Test
    void allWordsAreRequiredAndPhrasesKeepTheirOrder() {
        assertThat(search("projects", "Beratung Alltagsfragen")).containsExactly(CHEMNITZ);
        assertThat(search("projects", "Beratung Magdeburg")).isEmpty();
        assertThat(search("projects", "\"Beratung in Alltagsfragen\"")).containsExactly(CHEMNITZ);
        assertThat(search("projects", "\"Alltagsfragen Beratung\"")).isEmpty();
    }

    @Test
    void orAndExclusionFollowJcrContains() {
        assertThat(search("projects", "Alltagsfragen OR Magdeburg")).contains(CHEMNITZ).hasSizeGreaterThan(1);
        assertThat(search("projects", "Gemeinwesenarbeit")).contains(CHEMNITZ).hasSizeGreaterThan(1);
        assertThat(search("projects", "Gemeinwesenarbeit -Alltagsfragen")).doesNotContain(CHEMNITZ).isNotEmpty();
        assertThat(search("projects", "-Alltagsfragen")).hasSize(3);
    }

    @Test
    void phrasesDoNotMatchAcrossTwoValues() {
        // alps: title "Alpen", title_en "Alps" are separate values.
        assertThat(search("tours", "\"Alpen Alps\"")).isEmpty();
        assertThat(search("tours", "Alpen Alps")).containsExactly("/europe/alps");
    }

    @Test
    void textOfSubNodesAreasAndComponentsBelongsToTheirItem() {
        assertThat(search("tours", "Tempel")).containsExactly("/asia/kyoto");
        assertThat(search("tours", "Garten")).containsExactly("/asia/kyoto");
        assertThat(search("tours", "Mauerpark")).containsExactly("/berlin");
    }

    @Test
    void richTextIsSearchedWithoutItsTags() {
        assertThat(search("tours", "Bergen")).containsExactly("/europe/alps");
        assertThat(search("tours", "strong")).isEmpty();
        assertThat(search("tours", "p")).isEmpty();
        assertThat(search("projects", "h2")).isEmpty();
    }

    @Test
    void identifiersAndSystemPropertiesAreNotFullText() {
        assertThat(search("projects", "5a1c4d5b-087d-40be-b7f7-eb86c6d25e46")).isEmpty();
        assertThat(search("tours", "city")).isEmpty(); // only in mgnl:template "tours:pages/city"
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Beratung", "Beratung\"", "\"", "-", "+", "OR", "AND", "Beratung OR", "OR Beratung",
            "(Beratung", "Beratung)", "*", "?", "Ber*", "title:Beratung", "\\", "[Beratung TO Zz]", "!", "&&", "||",
            "- -", "\"\"", "~Beratung", "Beratung^2", "{}", "/Beratung/"})
    void oddFullTextNeverFails(String q) {
        assertThatCode(() -> search("projects", q)).doesNotThrowAnyException();
    }

    @Test
    void unclosedQuotesRunToTheEndAndStrayOperatorsAreIgnored() {
        assertThat(search("projects", "\"Beratung in Alltagsfragen")).containsExactly(CHEMNITZ);
        assertThat(search("projects", "OR Alltagsfragen AND")).containsExactly(CHEMNITZ);
        assertThat(search("projects", "(Alltagsfragen)")).containsExactly(CHEMNITZ);
    }

    @Test
    void onlyStopWordsOrPunctuationFindNothingWhileBlankTextFindsEverything() {
        assertThat(search("projects", "der die das")).isEmpty();
        assertThat(search("projects", "!!!")).isEmpty();
        assertThat(search("projects", "   ")).hasSize(4);
    }

    @Test
    void overlongFullTextIsRejectedWithItsLimit() {
        assertThatThrownBy(() -> search("projects", "a".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
    }

    @Test
    void relevanceOrdersResultsWithoutOrderByAndOrderByWinsWhenGiven() {
        List<String> relevant = search("news", "Quartier");
        assertThat(relevant.get(0)).isEqualTo(TAGUNG);
        List<String> byDate = index.search(SearchQuery.in("news").fullText("Leipziger")
                .orderBy(SortField.desc("date")).limit(100).build()).paths();
        List<String> byDateAsc = index.search(SearchQuery.in("news").fullText("Leipziger")
                .orderBy(SortField.asc("date")).limit(100).build()).paths();
        assertThat(byDate).hasSizeGreaterThan(1);
        List<String> reversed = new java.util.ArrayList<>(byDate);
        java.util.Collections.reverse(reversed);
        assertThat(byDateAsc).containsExactlyElementsOf(reversed);
    }

    @Test
    void fullTextCombinesWithFilters() {
        SearchHits hits = index.search(SearchQuery.in("projects").fullText("Beratung")
                .filter("city", EQ, "Chemnitz").limit(100).build());
        assertThat(hits.paths()).containsExactly(CHEMNITZ);
        assertThat(hits.total()).isEqualTo(1);
    }

    @Test
    void multiValueReferencesAndI18nPropertiesAreFilteredAsStored() {
        SearchQuery byFunder = SearchQuery.in("projects").filter("funders", EQ, "Stadt Chemnitz").build();
        assertThat(index.search(byFunder).paths()).containsExactly(CHEMNITZ);
        SearchQuery byNetwork = SearchQuery.in("projects").filter("networks", EQ, "5c58b1ba-9bf1-46e0-bb7a-7908dd410430").build();
        assertThat(index.search(byNetwork).paths()).contains(CHEMNITZ);
        SearchQuery english = SearchQuery.in("projects").filter("title_en", LIKE, "Community%").build();
        assertThat(index.search(english).paths()).containsExactly(CHEMNITZ);
    }

    @Test
    void datesOfTheDemoNetworksCompareAsDays() {
        assertThat(index.search(SearchQuery.in("networks").filter("founded", EQ, "2000-12-07").build()).paths())
                .containsExactly("/lag-sachsen");
        assertThat(index.search(SearchQuery.in("news").filter("eventStart", GT, "2015-01-01").build()).paths())
                .containsExactly("/laenderuebergreifendes-lag-treffen-2015");
        assertThatThrownBy(() -> index.search(SearchQuery.in("networks").filter("founded", EQ, "abc").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'founded': 'abc' is not a date (yyyy-MM-dd or");
    }

    @Test
    void itemsFoundByUuidAndOrderedBySystemDates() {
        assertThat(index.search(SearchQuery.in("projects")
                .filter("@jcr:uuid", EQ, "5a1c4d5b-087d-40be-b7f7-eb86c6d25e46").build()).paths())
                .containsExactly(CHEMNITZ);
        SearchHits byActivation = index.search(SearchQuery.in("projects")
                .orderBy(SortField.desc("mgnl:lastActivated"), SortField.asc("@name")).limit(100).build());
        assertThat(byActivation.total()).isEqualTo(4);
    }
}
