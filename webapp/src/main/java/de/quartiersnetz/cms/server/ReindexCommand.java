package de.quartiersnetz.cms.server;

import java.util.List;
import java.util.concurrent.Callable;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the indexes from the repository content (the repository stays the source of truth).")
class ReindexCommand implements Callable<Integer> {
    private final ContentRepository repository;

    ReindexCommand(ContentRepository repository) {
        this.repository = repository;
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
        }
        System.out.printf("Rebuilt %d indexes.%n", count);
        return 0;
    }
}
