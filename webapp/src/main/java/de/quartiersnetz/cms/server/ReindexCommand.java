package de.quartiersnetz.cms.server;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.ContentIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search indexes from the content (the repository stays the source of truth).")
class ReindexCommand implements Callable<Integer> {
    @Option(names = "--oak", description = "also rebuild the repository's own indexes (identifiers, node types, "
            + "references); Oak keeps them current on every save, so this is for repairs only")
    boolean oak;

    private final ContentRepository repository;
    private final ContentIndexes searchIndexes;

    ReindexCommand(ContentRepository repository, ContentIndexes searchIndexes) {
        this.repository = repository;
        this.searchIndexes = searchIndexes;
    }

    @Override
    public Integer call() {
        int count = 0;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            for (Tree tree : oak ? Tree.values() : new Tree[0]) {
                List<String> indexes = repository.oakIndexes(tree);
                progress.start("Reindex " + tree.folderName(), indexes.size());
                for (String index : indexes) {
                    repository.reindexOak(tree, index);
                    progress.advance(1);
                    count++;
                }
            }
            count += rebuildSideBySide(searchIndexes.all(), progress.sharedBy("Search indexes"));
        }
        System.out.printf("Rebuilt %d indexes (%d items in the live search index).%n", count,
                searchIndexes.live().documentCount());
        return 0;
    }

    /**
     * The author and live indexes are built from separate stores into separate Lucene indexes, so each gets a
     * thread of its own where there are cores for it: on an otherwise idle machine of two cores, 100k items took
     * 36–40 s instead of 43–45 s. (On a machine busy with other work the two rebuilds only compete.)
     */
    private static int rebuildSideBySide(List<ContentIndex> indexes, ImportProgress progress) {
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.max(1, Math.min(indexes.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<CompletableFuture<Void>> rebuilds = indexes.stream()
                    .map(index -> CompletableFuture.runAsync(() -> index.rebuild(progress), threads))
                    .toList();
            CompletableFuture.allOf(rebuilds.toArray(CompletableFuture[]::new)).join();
            return indexes.size();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            threads.shutdown();
        }
    }
}
