package de.quartiersnetz.cms.server;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import de.quartiersnetz.cms.content.ContentRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports Magnolia YAML files (<workspace>.<path>.yaml) or folders of them into the author tree.")
class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "YAML files or folders holding them")
    List<Path> inputs;

    @Option(names = "--publish", description = "also publish everything imported")
    boolean publish;

    private final ContentImport contentImport;

    ImportCommand(ContentImport contentImport) {
        this.contentImport = contentImport;
    }

    @Override
    public Integer call() {
        List<Path> files = ContentImport.yamlFiles(inputs);
        List<ContentRef> written;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            written = contentImport.run(files, publish, "superuser", progress);
        }
        System.out.printf("Imported %d top-level nodes from %d files%s.%n", written.size(), files.size(),
                publish ? " and published them" : "");
        return 0;
    }
}
