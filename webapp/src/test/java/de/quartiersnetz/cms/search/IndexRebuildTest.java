package de.quartiersnetz.cms.search;

import static de.quartiersnetz.cms.search.SearchTestContent.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.jcr.Node;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.Tree;

/** Rebuilding from the repository: progress, atomic swap for readers, failure, and when a rebuild is due. */
class IndexRebuildTest {
    @TempDir
    Path dataDir;
    Path indexDir;
    SearchTestContent content;
    ContentIndex index;

    @BeforeEach
    void open() {
        content = new SearchTestContent(dataDir);
        indexDir = dataDir.resolve("index/live");
        index = new ContentIndex(indexDir, content.repository, Tree.LIVE);
    }

    @AfterEach
    void close() {
        index.close();
        content.close();
    }

    static final class RecordingProgress implements ImportProgress {
        final List<String> tasks = new ArrayList<>();
        long total;
        long advanced;
        int calls;

        @Override
        public void start(String task, long totalNodes) {
            tasks.add(task);
            total = totalNodes;
        }

        @Override
        public void advance(long nodes) {
            advanced += nodes;
            calls++;
        }
    }

    @Test
    void rebuildIndexesEveryWorkspaceOfTheTreeAndReportsProgressPerItem() {
        content.importAndPublishDemo();
        content.writeTours(Tree.LIVE);
        long items = content.repository.read(Tree.LIVE, "count", session -> {
            long[] count = {0};
            for (String workspace : content.repository.workspaces(Tree.LIVE)) {
                countItems(session.getNode("/" + workspace), count);
            }
            return count[0];
        });
        RecordingProgress progress = new RecordingProgress();
        index.rebuild(progress);
        assertThat(progress.tasks).containsExactly("Search index (live)");
        assertThat(progress.total).isEqualTo(items).isGreaterThan(20);
        assertThat(progress.advanced).isEqualTo(items);
        assertThat(index.documentCount()).isEqualTo(items);
        for (String workspace : List.of("networks", "projects", "officeHours", "workingGroups", "news", "tours")) {
            assertThat(index.search(SearchQuery.in(workspace).build()).total()).as(workspace).isPositive();
        }
    }

    private static void countItems(Node node, long[] count) throws javax.jcr.RepositoryException {
        for (javax.jcr.NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:content") || child.isNodeType("mgnl:folder")) {
                count[0]++;
            }
            countItems(child, count);
        }
    }

    @Test
    void rebuildCatchesUpWithChangesTheIndexDidNotFollow() {
        index.rebuild(ImportProgress.NONE);
        content.writeTours(Tree.LIVE);
        assertThat(index.search(SearchQuery.in("tours").build()).total()).isZero();
        index.rebuild(ImportProgress.NONE);
        assertThat(index.search(SearchQuery.in("tours").build()).total()).isEqualTo(5);
        content.repository.write(Tree.LIVE, "remove", session -> {
            session.getNode("/tours/berlin").remove();
            return null;
        });
        index.rebuild(ImportProgress.NONE);
        assertThat(index.search(SearchQuery.in("tours").build()).paths()).doesNotContain("/berlin").hasSize(4);
    }

    @Test
    void readersSeeTheWholeOldIndexUntilTheNewOneIsCommitted() throws Exception {
        content.repository.ensureWorkspace("bulk");
        content.repository.write(Tree.LIVE, "bulk", session -> {
            Node root = session.getNode("/bulk");
            for (int i = 0; i < 1500; i++) {
                root.addNode("item-" + i, "mgnl:content").setProperty("title", "Eintrag " + i);
            }
            return null;
        });
        index.rebuild(ImportProgress.NONE);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                seen.add(index.documentCount());
                seen.add(index.search(SearchQuery.in("bulk").limit(1).build()).total());
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 3; i++) {
                index.rebuild(ImportProgress.NONE);
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(seen).containsExactly(1500L);
    }

    @Test
    void aFailedRebuildKeepsThePreviousIndexAndTheIndexStaysUsable() throws Exception {
        content.writeTours(Tree.LIVE);
        index.startFollowing();
        index.rebuild(ImportProgress.NONE);
        ImportProgress failing = new ImportProgress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void advance(long nodes) {
                throw new IllegalStateException("console went away");
            }
        };
        content.repository.write(Tree.LIVE, "remove", session -> {
            session.getNode("/tours/berlin").remove();
            return null;
        });
        assertThat(eventually(5000, () -> index.search(SearchQuery.in("tours").build()).total() == 4)).isTrue();
        assertThatThrownBy(() -> index.rebuild(failing)).hasMessage("console went away");
        assertThat(index.search(SearchQuery.in("tours").build()).total()).isEqualTo(4);
        content.repository.write(Tree.LIVE, "add", session -> {
            session.getNode("/tours").addNode("rome", "mgnl:content").setProperty("title", "Rom");
            return null;
        });
        assertThat(eventually(5000, () -> index.search(SearchQuery.in("tours").fullText("Rom").build()).total() == 1))
                .as("following goes on after a failed rebuild").isTrue();
        index.rebuild(ImportProgress.NONE);
        assertThat(index.search(SearchQuery.in("tours").build()).total()).isEqualTo(5);
    }

    @Test
    void aNewIndexNeedsARebuildAndARebuiltOneDoesNot() {
        content.writeTours(Tree.LIVE);
        assertThat(index.isEmpty()).isTrue();
        assertThat(index.needsRebuild()).isTrue();
        index.rebuild(ImportProgress.NONE);
        assertThat(index.needsRebuild()).isFalse();
        index.close();
        index = new ContentIndex(indexDir, content.repository, Tree.LIVE);
        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.documentCount()).isEqualTo(7);
    }

    @Test
    void anIndexLeftWhileFollowingMayHaveMissedChangesAndNeedsARebuild() throws Exception {
        content.writeTours(Tree.LIVE);
        index.rebuild(ImportProgress.NONE);
        index.close();
        // What a killed process leaves behind: the last commit still says "following".
        IndexStore.open(indexDir).close(IndexStore.STATE_FOLLOWING);
        index = new ContentIndex(indexDir, content.repository, Tree.LIVE);
        assertThat(index.isEmpty()).isFalse();
        assertThat(index.needsRebuild()).isTrue();
        index.rebuild(ImportProgress.NONE);
        assertThat(index.needsRebuild()).isFalse();
    }

    @Test
    void aSecondOpenOfTheSameIndexDirectoryIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new ContentIndex(indexDir, content.repository, Tree.LIVE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use by another process");
    }
}
