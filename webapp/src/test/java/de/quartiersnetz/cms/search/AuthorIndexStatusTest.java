package de.quartiersnetz.cms.search;

import static de.quartiersnetz.cms.search.Operator.EQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/**
 * The author index as AdminCentral's content browser uses it: each item's publishing status (new, modified,
 * published) as {@code @status}, the children of one folder as {@code @parent}, and {@code applyNow} so that a
 * list shown right after a write already reflects it, without waiting for the follower.
 */
class AuthorIndexStatusTest {
    static final String CHEMNITZ = "/gemeinwesenkoordination-chemnitz-sued";
    static final String LEIPZIG = "/quartiersmanagement-leipziger-osten";

    @TempDir
    Path dataDir;
    SearchTestContent content;
    ContentIndex index;

    @BeforeEach
    void indexTheDemoDrafts() {
        content = new SearchTestContent(dataDir);
        ExportYamlReader reader = new ExportYamlReader();
        List<ImportFile> files = content.registry.bootstrapFiles().stream().map(reader::read).toList();
        content.writer.importFiles(files, "test", ImportProgress.NONE);
        index = new ContentIndex(dataDir.resolve("index/author"), content.repository, Tree.AUTHOR);
        index.rebuild(ImportProgress.NONE);
    }

    @AfterEach
    void close() {
        index.close();
        content.close();
    }

    List<String> projects(String status) {
        return index.search(SearchQuery.in("projects").filter("@status", EQ, status).limit(100).build()).paths();
    }

    void applyNow(String... paths) {
        index.applyNow(java.util.Arrays.stream(paths).map(p -> "/projects" + p).toList(), false);
    }

    @Test
    void statusFollowsPublishEditAndUnpublishRightAfterApplyNow() {
        assertThat(projects("new")).contains(CHEMNITZ, LEIPZIG);
        assertThat(projects("published")).isEmpty();

        content.publisher.publish("projects", List.of(CHEMNITZ, LEIPZIG), false, "test");
        applyNow(CHEMNITZ, LEIPZIG);
        assertThat(projects("published")).containsExactlyInAnyOrder(CHEMNITZ, LEIPZIG);

        content.repository.write(Tree.AUTHOR, "edit", session -> {
            session.getNode("/projects" + CHEMNITZ).setProperty("mgnl:lastModified",
                    SearchTestContent.date("2999-01-01T00:00:00+01:00"));
            return null;
        });
        content.publisher.unpublish("projects", LEIPZIG, "test");
        applyNow(CHEMNITZ, LEIPZIG);
        assertThat(projects("modified")).containsExactly(CHEMNITZ);
        assertThat(projects("new")).contains(LEIPZIG).doesNotContain(CHEMNITZ);
        assertThat(projects("published")).isEmpty();

        assertThat(index.search(SearchQuery.in("projects").orderBy(SortField.asc("@status"), SortField.asc("@name"))
                .limit(1).build()).paths()).containsExactly(CHEMNITZ);
    }

    @Test
    void parentFiltersTheDirectChildrenOfAFolderAndItemsBelowAreReindexedOnRequest() {
        content.writer.createFolder("projects", "/", "archiv", "test");
        content.writer.createFolder("projects", "/archiv", "alt", "test");
        content.writer.create("projects", "/archiv/alt", "stadtteilladen", Map.of("title", "Stadtteilladen"), "test");
        index.applyNow(List.of("/projects/archiv"), false);

        SearchQuery.Builder children = SearchQuery.in("projects").nodeTypes("mgnl:content", "mgnl:folder")
                .filter("@parent", EQ, "/archiv").limit(100);
        assertThat(index.search(children.build()).paths()).containsExactly("/archiv/alt");
        assertThat(index.search(SearchQuery.in("projects").filter("@parent", EQ, "/archiv/alt").build()).paths())
                .containsExactly("/archiv/alt/stadtteilladen");

        content.publisher.publish("projects", "/archiv", true, "test");
        index.applyNow(List.of("/projects/archiv"), true);
        assertThat(projects("published")).containsExactly("/archiv/alt/stadtteilladen");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> projects("draft")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'draft'").hasMessageContaining("new, modified, published");
    }
}
