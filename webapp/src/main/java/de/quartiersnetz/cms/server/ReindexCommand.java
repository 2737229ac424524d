package de.quartiersnetz.cms.server;

import java.util.List;
import java.util.concurrent.Callable;

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
            for (ContentIndex index : searchIndexes.all()) {
                index.rebuild(progress);
                count++;
            }
        }
        System.out.printf("Rebuilt %d indexes (%d items in the live search index).%n", count,
                searchIndexes.live().documentCount());
        return 0;
    }
}
