package de.quartiersnetz.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/** Pages of one sorted list, asked for in any order, are slices of the whole list, also after the index changed. */
class PagingTest {
    static final int ITEMS = 450;

    @TempDir
    static Path dataDir;
    static SearchTestContent content;
    static ContentIndex index;

    @BeforeAll
    static void indexManyTours() {
        content = new SearchTestContent(dataDir);
        content.writeTours(Tree.LIVE);
        writeNumberedTours(0, ITEMS);
        index = new ContentIndex(dataDir.resolve("index/live"), content.repository, Tree.LIVE);
        index.rebuild(ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        index.close();
        content.close();
    }

    /** Titles run against the creation order, durations repeat, so ties are broken by the path. */
    static void writeNumberedTours(int from, int to) {
        content.repository.write(Tree.LIVE, "fixture.many", session -> {
            Node folder = session.nodeExists("/tours/many") ? session.getNode("/tours/many")
                    : session.getNode("/tours").addNode("many", "mgnl:folder");
            for (int i = from; i < to; i++) {
                Node tour = folder.addNode(String.format("tour-%04d", i), "mt:tour");
                tour.setProperty("title", String.format("Tour %04d", 10_000 - i));
                tour.setProperty("duration", (long) (i % 7));
            }
            return null;
        });
    }

    static SearchQuery.Builder many() {
        return SearchQuery.in(SearchTestContent.TOURS).rootPath("/many").orderBy(SortField.desc("duration"), SortField.asc("title"));
    }

    @Test
    void pagesInAnyOrderAreSlicesOfTheWholeList() {
        SearchHits whole = index.search(many().limit(1000).build());
        int count = whole.paths().size();
        assertThat(count).isGreaterThanOrEqualTo(ITEMS).isEqualTo(whole.total());
        assertThat(whole.paths()).doesNotHaveDuplicates();

        List<String> pages = new ArrayList<>();
        for (int offset : new int[] {430, 0, 130, 20, 250, 90}) {
            SearchHits page = index.search(many().offset(offset).limit(20).build());
            assertThat(page.total()).isEqualTo(count);
            assertThat(page.paths()).as("offset %d", offset).isEqualTo(whole.paths().subList(offset, offset + 20));
            pages.addAll(page.paths());
        }
        assertThat(index.search(many().offset(count - 10).limit(20).build()).paths())
                .isEqualTo(whole.paths().subList(count - 10, count));
        assertThat(index.search(many().offset(count).limit(20).build()).paths()).isEmpty();
        assertThat(pages).doesNotHaveDuplicates();
    }

    @Test
    void aChangedIndexIsNotAnsweredFromTheWindowsOfTheOldOne() {
        long before = index.search(many().offset(0).limit(10).build()).total();
        writeNumberedTours(ITEMS, ITEMS + 5);
        index.applyNow(List.of("/tours/many"), true);

        SearchHits first = index.search(many().offset(0).limit(10).build());
        assertThat(first.total()).isEqualTo(before + 5);
        assertThat(first.paths()).isEqualTo(index.search(many().limit(1000).build()).paths().subList(0, 10));
    }
}
