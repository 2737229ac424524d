package de.quartiersnetz.cms.server;

import java.util.List;
import java.util.concurrent.Callable;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.repository.Tree;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the repository's and the search indexes from the content (the repository stays the source of truth).")
class ReindexCommand implements Callable<Integer> {
    private final ContentRepository repository;
    private final ContentIndex liveIndex;

    ReindexCommand(ContentRepository repository, ContentIndex liveIndex) {
        this.repository = repository;
        this.liveIndex = liveIndex;
    }

    @Override
    public Integer call() {
        int count = 0;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            for (Tree tree : Tree.values()) {
                List<String> indexes = repository.oakIndexes(tree);
                progress.start("Reindex " + tree.folderName(), indexes.size());
                for (String index : indexes) {
                    repository.reindexOak(tree, index);
                    progress.advance(1);
                    count++;
                }
            }
            liveIndex.rebuild(progress);
            count++;
        }
        System.out.printf("Rebuilt %d indexes (%d items in the live search index).%n", count,
                liveIndex.documentCount());
        return 0;
    }
}
