package de.quartiersnetz.cms.search;

import static de.quartiersnetz.cms.search.Operator.EQ;
import static de.quartiersnetz.cms.search.Operator.GT;
import static de.quartiersnetz.cms.search.Operator.GTE;
import static de.quartiersnetz.cms.search.Operator.IN;
import static de.quartiersnetz.cms.search.Operator.LIKE;
import static de.quartiersnetz.cms.search.Operator.LT;
import static de.quartiersnetz.cms.search.Operator.LTE;
import static de.quartiersnetz.cms.search.Operator.NE;
import static de.quartiersnetz.cms.search.Operator.NOT_IN;
import static de.quartiersnetz.cms.search.Operator.NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/** Filters, node types, root paths, ordering and paging on the hand-made "tours" fixture (see SearchTestContent). */
class ContentIndexFilterTest {
    static final String ALPS = "/europe/alps";
    static final String LAKES = "/europe/lakes";
    static final String MALAYSIA = "/asia/malaysia";
    static final String KYOTO = "/asia/kyoto";
    static final String BERLIN = "/berlin";

    @TempDir
    static Path dataDir;
    static SearchTestContent content;
    static ContentIndex index;

    @BeforeAll
    static void indexTours() {
        content = new SearchTestContent(dataDir);
        content.writeTours(Tree.LIVE);
        index = new ContentIndex(dataDir.resolve("index/live"), content.repository, Tree.LIVE);
        index.rebuild(ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        index.close();
        content.close();
    }

    static SearchQuery.Builder tours() {
        return SearchQuery.in(SearchTestContent.TOURS).limit(100);
    }

    static List<String> paths(SearchQuery.Builder query) {
        return index.search(query.build()).paths();
    }

    static List<String> where(String property, Operator operator, String... values) {
        return paths(tours().filter(property, operator, values));
    }

    @Nested
    class Strings {
        @Test
        void eqMatchesTheExactCaseSensitiveValue() {
            assertThat(where("title", EQ, "Alpen")).containsExactly(ALPS);
            assertThat(where("title", EQ, "alpen")).isEmpty();
            assertThat(where("title", EQ, "Alp")).isEmpty();
        }

        @Test
        void eqMatchesAnyValueOfAMultiValueProperty() {
            assertThat(where("tags", EQ, "mountains")).containsExactly(ALPS);
            assertThat(where("tags", EQ, "hiking")).containsExactly(ALPS);
        }

        @Test
        void alternativesSeparatedByABarAreOred() {
            assertThat(where("tags", EQ, "food", "water")).containsExactly(MALAYSIA, LAKES);
            assertThat(where("@name", EQ, "alps", "kyoto")).containsExactly(KYOTO, ALPS);
        }

        @Test
        void neMatchesItemsWithoutAMatchingValueIncludingThoseLackingTheProperty() {
            assertThat(where("tags", NE, "hiking")).containsExactly(KYOTO, MALAYSIA, BERLIN, LAKES);
            assertThat(where("tags", NE, "hiking", "water")).containsExactly(KYOTO, MALAYSIA, BERLIN);
        }

        @Test
        void comparisonsOnStringsAreLexicographic() {
            assertThat(where("title", GT, "Malaysia")).containsExactly(KYOTO, LAKES);
            assertThat(where("title", GTE, "Malaysia")).containsExactly(KYOTO, MALAYSIA, LAKES);
            assertThat(where("title", LT, "Berlin")).containsExactly(ALPS);
            assertThat(where("title", LTE, "Berlin")).containsExactly(BERLIN, ALPS);
        }

        @Test
        void likeUsesPercentForAnyRunAndUnderscoreForOneCharacterCaseSensitively() {
            assertThat(where("title", LIKE, "%a%")).containsExactly(MALAYSIA);
            assertThat(where("title", LIKE, "_erlin")).containsExactly(BERLIN);
            assertThat(where("title", LIKE, "S%n")).containsExactly(LAKES);
            assertThat(where("title", LIKE, "a%")).isEmpty();
            assertThat(where("title", LIKE, "K%", "k%")).containsExactly(KYOTO);
            assertThat(where("tags", LIKE, "moun%")).containsExactly(ALPS);
        }

        @Test
        void likeTreatsLuceneWildcardCharactersLiterallyAndHonoursBackslashEscapes() {
            assertThat(where("title", LIKE, "Alp*")).isEmpty();
            assertThat(where("title", LIKE, "Alp?n")).isEmpty();
            assertThat(where("title", LIKE, "Alp\\%")).isEmpty();
        }

        @Test
        void inTakesInclusiveRangesWithOptionalOpenEnds() {
            assertThat(where("title", IN, "Alpen~Malaysia")).containsExactly(MALAYSIA, BERLIN, ALPS);
            assertThat(where("title", IN, "S~")).containsExactly(KYOTO, LAKES);
            assertThat(where("title", NOT_IN, "Alpen~Malaysia")).containsExactly(KYOTO, LAKES);
        }
    }

    @Nested
    class Numbers {
        @Test
        void longsCompareNumericallyNotAsText() {
            assertThat(where("duration", GT, "7")).containsExactly(KYOTO, MALAYSIA);
            assertThat(where("duration", GTE, "7")).containsExactly(KYOTO, MALAYSIA, ALPS);
            assertThat(where("duration", LT, "3")).containsExactly(BERLIN);
            assertThat(where("duration", LTE, "3")).containsExactly(BERLIN, LAKES);
            assertThat(where("duration", EQ, "10")).containsExactly(KYOTO);
        }

        @Test
        void longsCompareWithFractionalFilterValues() {
            assertThat(where("duration", GT, "6.5")).containsExactly(KYOTO, MALAYSIA, ALPS);
            assertThat(where("duration", LTE, "6.5")).containsExactly(BERLIN, LAKES);
            assertThat(where("duration", EQ, "7.0")).containsExactly(ALPS);
            assertThat(where("duration", EQ, "7.5")).isEmpty();
        }

        @Test
        void doublesAndDecimalsCompareNumerically() {
            assertThat(where("price", GT, "299")).containsExactly(ALPS);
            assertThat(where("price", GTE, "299")).containsExactly(ALPS, LAKES);
            assertThat(where("price", EQ, "899.50")).containsExactly(ALPS);
            assertThat(where("rating", LT, "4.5")).containsExactly(LAKES);
            assertThat(where("rating", EQ, "3.25")).containsExactly(LAKES);
        }

        @Test
        void inAndNotInTakeInclusiveNumericRanges() {
            assertThat(where("duration", IN, "3~10")).containsExactly(KYOTO, ALPS, LAKES);
            assertThat(where("duration", IN, "1~2", "14~20")).containsExactly(MALAYSIA, BERLIN);
            assertThat(where("duration", IN, "10~")).containsExactly(KYOTO, MALAYSIA);
            assertThat(where("duration", NOT_IN, "3~10")).containsExactly(MALAYSIA, BERLIN);
            assertThat(where("price", IN, "~300")).containsExactly(LAKES);
        }

        @Test
        void aValueThatIsNotANumberIsRejectedWithTheProperty() {
            assertThatThrownBy(() -> where("duration", GT, "long"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'duration': 'long' is not a number");
        }
    }

    @Nested
    class Dates {
        @Test
        void eqWithADateOnlyValueMatchesTheWholeDayInBerlin() {
            // Malaysia starts 2024-04-30T23:30Z, which is 01:30 on May 1st in Berlin.
            assertThat(where("start", EQ, "2024-05-01")).containsExactly(MALAYSIA, ALPS, LAKES);
            assertThat(where("start", EQ, "2024-04-30")).isEmpty();
        }

        @Test
        void eqWithATimeMatchesThatInstantInAnyOffset() {
            assertThat(where("start", EQ, "2024-04-30T23:30:00.000Z")).containsExactly(MALAYSIA);
            assertThat(where("start", EQ, "2024-05-01T01:30:00+02:00")).containsExactly(MALAYSIA);
        }

        @Test
        void comparisonsWithADateOnlyValueUseTheStartOfThatDayInBerlin() {
            assertThat(where("start", GT, "2024-05-01")).containsExactly(MALAYSIA, ALPS);
            assertThat(where("start", GTE, "2024-05-01")).containsExactly(MALAYSIA, ALPS, LAKES);
            assertThat(where("start", LT, "2024-05-01")).isEmpty();
            assertThat(where("start", LTE, "2024-05-01")).containsExactly(LAKES);
            assertThat(where("start", LT, "2024-05-01T08:00:00.000+02:00")).containsExactly(MALAYSIA, LAKES);
        }

        @Test
        void inRangesIncludeTheWholeLastDay() {
            assertThat(where("start", IN, "2024-05-01~2024-05-01")).containsExactly(MALAYSIA, ALPS, LAKES);
            assertThat(where("start", IN, "2024-04-01~2024-04-30")).isEmpty();
            assertThat(where("start", NOT_IN, "2024-05-01T01:00:00+02:00~")).containsExactly(KYOTO, BERLIN, LAKES);
        }

        @Test
        void likeMatchesTheStoredIsoForm() {
            assertThat(where("start", LIKE, "2024-05-01%")).containsExactly(ALPS, LAKES);
        }

        @Test
        void aValueThatIsNotADateIsRejectedWithTheAcceptedFormats() {
            assertThatThrownBy(() -> where("start", EQ, "abc"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'start': 'abc' is not a date (yyyy-MM-dd or ");
            assertThatThrownBy(() -> where("start", IN, "2024-01-01~soon"))
                    .hasMessageStartingWith("'start': 'soon' is not a date");
        }
    }

    @Nested
    class PresenceAndBooleans {
        @Test
        void booleansMatchTrueAndFalse() {
            assertThat(where("featured", EQ, "true")).containsExactly(ALPS);
            assertThat(where("featured", EQ, "false")).containsExactly(LAKES);
        }

        @Test
        void nullTrueMatchesItemsWithoutThePropertyAndFalseThoseWithIt() {
            assertThat(where("featured", NULL, "true")).containsExactly(KYOTO, MALAYSIA, BERLIN);
            assertThat(where("featured", NULL, "false")).containsExactly(ALPS, LAKES);
        }

        @Test
        void nullTakesOnlyTrueOrFalse() {
            assertThatThrownBy(() -> where("featured", NULL, "maybe"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'featured[null]' takes true (property absent) or false");
        }

        @Test
        void anUnknownPropertyMatchesNothingForEqAndEverythingForNe() {
            assertThat(where("colour", EQ, "red")).isEmpty();
            assertThat(where("colour", GT, "a")).isEmpty();
            assertThat(where("colour", NE, "red")).hasSize(5);
            assertThat(where("colour", NULL, "true")).hasSize(5);
        }

        @Test
        void anUnknownSpecialPropertyIsRejected() {
            assertThatThrownBy(() -> where("@colour", EQ, "red"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown filter property '@colour'");
        }

        @Test
        void inWithoutATildeIsRejected() {
            assertThatThrownBy(() -> where("duration", IN, "3"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'duration[in]': '3' is not a range (from~to");
        }
    }

    @Nested
    class SpecialProperties {
        @Test
        void atNameMatchesTheNodeName() {
            assertThat(where("@name", EQ, "alps")).containsExactly(ALPS);
            assertThat(where("@name", LIKE, "%a%")).containsExactly(MALAYSIA, ALPS, LAKES);
            assertThat(where("@name", NE, "alps")).containsExactly(KYOTO, MALAYSIA, BERLIN, LAKES);
        }

        @Test
        void atAncestorMatchesDescendantsOfAWorkspaceRelativePath() {
            assertThat(where("@ancestor", EQ, "/europe")).containsExactly(ALPS, LAKES);
            assertThat(where("@ancestor", EQ, "/europe/")).containsExactly(ALPS, LAKES);
            assertThat(where("@ancestor", EQ, "/europe/alps")).isEmpty();
            assertThat(where("@ancestor", NE, "/europe")).containsExactly(KYOTO, MALAYSIA, BERLIN);
        }

        @Test
        void atJcrUuidMatchesTheIdentifierCaseInsensitively() {
            String id = content.repository.read(Tree.LIVE, "id",
                    session -> session.getNode("/tours/asia/kyoto").getIdentifier());
            assertThat(where("@jcr:uuid", EQ, id)).containsExactly(KYOTO);
            assertThat(where("@jcr:uuid", EQ, id.toUpperCase())).containsExactly(KYOTO);
            assertThat(where("@id", NE, id)).doesNotContain(KYOTO).hasSize(4);
        }
    }

    @Nested
    class NodeTypesAndRoots {
        @Test
        void withoutNodeTypesEveryItemButNoFolderMatches() {
            assertThat(paths(tours())).containsExactly(KYOTO, MALAYSIA, BERLIN, ALPS, LAKES);
        }

        @Test
        void nodeTypesMatchSubtypesUnlessStrict() {
            assertThat(paths(tours().nodeTypes("mt:tour"))).containsExactly(KYOTO, ALPS, LAKES);
            assertThat(paths(tours().nodeTypes("mgnl:content"))).containsExactly(KYOTO, MALAYSIA, BERLIN, ALPS, LAKES);
            assertThat(paths(tours().nodeTypes("mgnl:content").strictNodeTypes(true))).containsExactly(MALAYSIA);
            assertThat(paths(tours().nodeTypes("mgnl:page"))).containsExactly(BERLIN);
            assertThat(paths(tours().nodeTypes("mt:tour", "mgnl:page").strictNodeTypes(true)))
                    .containsExactly(KYOTO, BERLIN, ALPS, LAKES);
        }

        @Test
        void foldersAreFoundOnlyWhenAskedFor() {
            assertThat(paths(tours().nodeTypes("mgnl:folder"))).containsExactly("/asia", "/europe");
        }

        @Test
        void rootPathLimitsResultsToItsDescendantsWithoutTheRootItself() {
            assertThat(paths(tours().rootPath("/asia"))).containsExactly(KYOTO, MALAYSIA);
            assertThat(paths(tours().rootPath("/asia").nodeTypes("mgnl:folder"))).isEmpty();
            assertThat(paths(tours().rootPath("/europe/alps"))).isEmpty();
            assertThat(paths(tours().rootPath("/"))).hasSize(5);
        }

        @Test
        void otherWorkspacesAreNotSearched() {
            assertThat(paths(SearchQuery.in("projects").limit(100))).isEmpty();
        }

        @Test
        void anInvalidWorkspaceOrRootPathIsRejected() {
            assertThatThrownBy(() -> paths(SearchQuery.in("../etc")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workspace '../etc'");
            assertThatThrownBy(() -> paths(tours().rootPath("/asia/../..")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
        }
    }

    @Nested
    class Ordering {
        @Test
        void withoutOrderByResultsComeInPathOrder() {
            assertThat(paths(tours())).containsExactly(KYOTO, MALAYSIA, BERLIN, ALPS, LAKES);
        }

        @Test
        void datesSortByInstantAndItemsWithoutTheValueComeLastInBothDirections() {
            assertThat(paths(tours().orderBy(SortField.asc("start")))).containsExactly(LAKES, MALAYSIA, ALPS, KYOTO, BERLIN);
            assertThat(paths(tours().orderBy(SortField.desc("start")))).containsExactly(ALPS, MALAYSIA, LAKES, KYOTO, BERLIN);
        }

        @Test
        void numbersSortNumerically() {
            assertThat(paths(tours().orderBy(SortField.asc("duration")))).containsExactly(BERLIN, LAKES, ALPS, KYOTO, MALAYSIA);
            assertThat(paths(tours().orderBy(SortField.desc("duration")))).containsExactly(MALAYSIA, KYOTO, ALPS, LAKES, BERLIN);
            assertThat(paths(tours().orderBy(SortField.desc("price")))).containsExactly(ALPS, LAKES, KYOTO, MALAYSIA, BERLIN);
            assertThat(paths(tours().orderBy(SortField.asc("rating")))).containsExactly(LAKES, ALPS, KYOTO, MALAYSIA, BERLIN);
        }

        @Test
        void stringsSortCaseSensitively() {
            assertThat(paths(tours().orderBy(SortField.asc("title")))).containsExactly(ALPS, BERLIN, MALAYSIA, LAKES, KYOTO);
            assertThat(paths(tours().orderBy(SortField.desc("title")))).containsExactly(KYOTO, LAKES, MALAYSIA, BERLIN, ALPS);
        }

        @Test
        void multiValuePropertiesSortByTheirLeastValueAscendingAndGreatestDescending() {
            assertThat(paths(tours().orderBy(SortField.asc("tags")))).containsExactly(MALAYSIA, ALPS, LAKES, KYOTO, BERLIN);
            assertThat(paths(tours().orderBy(SortField.desc("tags")))).containsExactly(LAKES, ALPS, MALAYSIA, KYOTO, BERLIN);
        }

        @Test
        void severalKeysApplyInTurn() {
            assertThat(paths(tours().orderBy(SortField.desc("featured"), SortField.asc("duration"))))
                    .containsExactly(ALPS, LAKES, BERLIN, KYOTO, MALAYSIA);
            assertThat(paths(tours().orderBy(SortField.asc("featured"), SortField.desc("duration"))))
                    .containsExactly(LAKES, ALPS, MALAYSIA, KYOTO, BERLIN);
        }

        @Test
        void atNameSortsByNodeName() {
            assertThat(paths(tours().orderBy(SortField.desc("@name")))).containsExactly(MALAYSIA, LAKES, KYOTO, BERLIN, ALPS);
        }

        @Test
        void anUnknownPropertyLeavesThePathOrder() {
            assertThat(paths(tours().orderBy(SortField.desc("colour")))).containsExactly(KYOTO, MALAYSIA, BERLIN, ALPS, LAKES);
        }
    }

    @Nested
    class Paging {
        @Test
        void offsetAndLimitCutThePageAndTotalCountsAllMatches() {
            SearchHits page = index.search(tours().offset(1).limit(2).build());
            assertThat(page.paths()).containsExactly(MALAYSIA, BERLIN);
            assertThat(page.total()).isEqualTo(5);
        }

        @Test
        void pagesBeyondTheEndAreEmptyButKeepTheTotal() {
            assertThat(index.search(tours().offset(4).limit(10).build()).paths()).containsExactly(LAKES);
            SearchHits beyond = index.search(tours().offset(10).limit(10).build());
            assertThat(beyond.paths()).isEmpty();
            assertThat(beyond.total()).isEqualTo(5);
            SearchHits countOnly = index.search(tours().limit(0).filter("tags", NULL, "false").build());
            assertThat(countOnly.paths()).isEmpty();
            assertThat(countOnly.total()).isEqualTo(3);
        }

        @Test
        void hugeOffsetsAndLimitsDoNotOverflow() {
            assertThat(index.search(tours().offset(Integer.MAX_VALUE).limit(Integer.MAX_VALUE).build()).total()).isEqualTo(5);
            assertThat(index.search(tours().offset(0).limit(Integer.MAX_VALUE).build()).paths()).hasSize(5);
        }

        @Test
        void negativeOffsetOrLimitIsRejected() {
            assertThatThrownBy(() -> index.search(tours().offset(-1).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'offset'");
            assertThatThrownBy(() -> index.search(tours().limit(-5).build()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'limit'");
        }
    }
}
