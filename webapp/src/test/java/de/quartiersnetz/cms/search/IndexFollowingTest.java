package de.quartiersnetz.cms.search;

import static de.quartiersnetz.cms.search.Operator.EQ;
import static de.quartiersnetz.cms.search.SearchTestContent.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/** The live index follows publishing, edits, moves and removals in the live tree, near real time. */
class IndexFollowingTest {
    /** The promise is one second; the deadline leaves room for a loaded CI machine, the timing is asserted apart. */
    static final long DEADLINE_MILLIS = 5000;
    static final long PROMISED_MILLIS = 1000;
    static final String CHEMNITZ = "/gemeinwesenkoordination-chemnitz-sued";

    @TempDir
    Path dataDir;
    SearchTestContent content;
    ContentIndex index;

    @BeforeEach
    void followTheLiveTree() {
        content = new SearchTestContent(dataDir);
        ExportYamlReader reader = new ExportYamlReader();
        List<ImportFile> files = content.registry.bootstrapFiles().stream().map(reader::read).toList();
        content.writer.importFiles(files, "test", ImportProgress.NONE);
        index = new ContentIndex(dataDir.resolve("index/live"), content.repository, Tree.LIVE);
        index.startFollowing();
        index.rebuild(ImportProgress.NONE);
    }

    @AfterEach
    void close() {
        index.close();
        content.close();
    }

    List<String> projects(String q) {
        return index.search(SearchQuery.in("projects").fullText(q).limit(100).build()).paths();
    }

    List<String> tours() {
        return index.search(SearchQuery.in("tours").nodeTypes("mgnl:content", "mgnl:folder").limit(100).build()).paths();
    }

    /** Waits for the condition and returns how long it took; fails the test past the deadline. */
    static long millisUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(eventually(DEADLINE_MILLIS, condition)).as("reached within %d ms", DEADLINE_MILLIS).isTrue();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aPublishedItemIsSearchableWithinASecond() throws Exception {
        assertThat(projects("Alltagsfragen")).isEmpty();
        content.publisher.publish("projects", CHEMNITZ, true, "test");
        long took = millisUntil(() -> projects("Alltagsfragen").contains(CHEMNITZ));
        assertThat(took).as("milliseconds until searchable").isLessThan(PROMISED_MILLIS);
        assertThat(index.search(SearchQuery.in("projects").filter("city", EQ, "Chemnitz").build()).paths())
                .containsExactly(CHEMNITZ);
    }

    @Test
    void changesToAnItemAndToItsSubNodesAreReindexed() throws Exception {
        content.publisher.publish("projects", CHEMNITZ, true, "test");
        millisUntil(() -> projects("Alltagsfragen").contains(CHEMNITZ));
        content.repository.write(Tree.LIVE, "edit", session -> {
            session.getNode("/projects" + CHEMNITZ).setProperty("city", "Karl-Marx-Stadt");
            session.getNode("/projects" + CHEMNITZ + "/offers/0").setProperty("title", "Sprechstunde für Nachbarn");
            return null;
        });
        millisUntil(() -> projects("Sprechstunde").contains(CHEMNITZ));
        assertThat(projects("Alltagsfragen")).isEmpty();
        assertThat(index.search(SearchQuery.in("projects").filter("city", EQ, "Karl-Marx-Stadt").build()).paths())
                .containsExactly(CHEMNITZ);
        content.repository.write(Tree.LIVE, "removeOffers", session -> {
            session.getNode("/projects" + CHEMNITZ + "/offers").remove();
            return null;
        });
        millisUntil(() -> projects("Sprechstunde").isEmpty());
        assertThat(projects("Karl-Marx-Stadt")).containsExactly(CHEMNITZ);
    }

    @Test
    void anUnpublishedItemDisappears() throws Exception {
        content.publisher.publish("projects", CHEMNITZ, true, "test");
        millisUntil(() -> projects("Alltagsfragen").contains(CHEMNITZ));
        long countWith = index.documentCount();
        content.publisher.unpublish("projects", CHEMNITZ, "test");
        millisUntil(() -> projects("Alltagsfragen").isEmpty());
        assertThat(index.documentCount()).isEqualTo(countWith - 1);
    }

    @Test
    void authorChangesDoNotReachTheLiveIndex() throws Exception {
        content.writeTours(Tree.AUTHOR);
        content.publisher.publish("projects", CHEMNITZ, true, "test");
        millisUntil(() -> projects("Alltagsfragen").contains(CHEMNITZ));
        assertThat(tours()).isEmpty();
    }

    @Test
    void removingAFolderRemovesTheItemsBelowIt() throws Exception {
        content.writeTours(Tree.LIVE);
        millisUntil(() -> tours().size() == 7);
        content.repository.write(Tree.LIVE, "removeEurope", session -> {
            session.getNode("/tours/europe").remove();
            return null;
        });
        millisUntil(() -> !tours().contains("/europe"));
        assertThat(tours()).containsExactly("/asia", "/asia/kyoto", "/asia/malaysia", "/berlin");
    }

    @Test
    void movedItemsAndFoldersAreFoundAtTheirNewPaths() throws Exception {
        content.writeTours(Tree.LIVE);
        millisUntil(() -> tours().size() == 7);
        content.repository.write(Tree.LIVE, "move", session -> {
            session.move("/tours/asia/kyoto", "/tours/europe/kyoto");
            session.move("/tours/asia", "/tours/europe/asia");
            return null;
        });
        millisUntil(() -> tours().contains("/europe/asia/malaysia"));
        assertThat(tours()).containsExactly("/berlin", "/europe", "/europe/alps", "/europe/asia",
                "/europe/asia/malaysia", "/europe/kyoto", "/europe/lakes");
        assertThat(index.search(SearchQuery.in("tours").rootPath("/europe/asia").build()).paths())
                .containsExactly("/europe/asia/malaysia");
    }

    @Test
    void aWholeWorkspaceRemovedTakesItsDocumentsAlong() throws Exception {
        content.writeTours(Tree.LIVE);
        millisUntil(() -> tours().size() == 7);
        content.repository.write(Tree.LIVE, "dropWorkspace", session -> {
            session.getNode("/tours").remove();
            return null;
        });
        millisUntil(() -> tours().isEmpty());
        assertThat(index.documentCount()).isZero();
    }

    @Test
    void afterAFollowingSessionClosesCleanlyNoRebuildIsNeeded() throws Exception {
        content.publisher.publish("projects", CHEMNITZ, true, "test");
        millisUntil(() -> projects("Alltagsfragen").contains(CHEMNITZ));
        index.close();
        index = new ContentIndex(dataDir.resolve("index/live"), content.repository, Tree.LIVE);
        assertThat(index.needsRebuild()).isFalse();
        assertThat(projects("Alltagsfragen")).containsExactly(CHEMNITZ);
    }
}
