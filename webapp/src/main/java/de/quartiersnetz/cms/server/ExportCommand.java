package de.quartiersnetz.cms.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.jcr.Node;

import de.quartiersnetz.cms.content.ExportYamlWriter;
import de.quartiersnetz.cms.repository.ChildNodes;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.NodeSnapshot;
import de.quartiersnetz.cms.repository.NodeSnapshots;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a workspace, or one node of it with everything below, as a Magnolia YAML file.")
class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKSPACE")
    String workspace;

    @Parameters(index = "1", paramLabel = "PATH", defaultValue = "/", description = "node path in the workspace (default: /)")
    String path;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the YAML file to write")
    Path out;

    @Option(names = "--tree", defaultValue = "author", description = "author (default) or live")
    String tree;

    private final ContentRepository repository;
    private final ExportYamlWriter writer;

    ExportCommand(ContentRepository repository, ExportYamlWriter writer) {
        this.repository = repository;
        this.writer = writer;
    }

    @Override
    public Integer call() throws IOException {
        Tree source = Tree.valueOf(tree.toUpperCase(Locale.ROOT));
        String nodePath = WorkspacePaths.normalise(path);
        if (!repository.workspaces(source).contains(WorkspacePaths.requireWorkspace(workspace))) {
            throw new ContentNotFoundException("workspace '" + workspace + "' does not exist; known: "
                    + repository.workspaces(source));
        }
        List<NodeSnapshot> roots;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            roots = repository.read(source, "export", session -> {
                Node node = session.getNode(WorkspacePaths.absolute(workspace, nodePath));
                List<Node> tops = new ArrayList<>();
                if (nodePath.equals("/")) {
                    tops.addAll(ChildNodes.of(node));
                } else {
                    tops.add(node);
                }
                progress.start("Export", tops.size());
                List<NodeSnapshot> read = new ArrayList<>();
                for (Node top : tops) {
                    read.add(NodeSnapshots.read(top, child -> true));
                    progress.advance(1);
                }
                return read;
            });
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, writer.write(roots), StandardCharsets.UTF_8);
        System.out.printf("Exported %d top-level nodes of %s:%s to %s%n", roots.size(), workspace, nodePath, out);
        return 0;
    }
}
