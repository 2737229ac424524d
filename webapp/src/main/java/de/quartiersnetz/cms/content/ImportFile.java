package de.quartiersnetz.cms.content;

import java.nio.file.Path;
import java.util.List;

import de.quartiersnetz.cms.repository.NodeSnapshot;

/** One parsed import file: the node trees it holds and where they go. */
public record ImportFile(Path file, String workspace, String parentPath, List<NodeSnapshot> roots) {
    public ImportFile {
        roots = List.copyOf(roots);
    }

    public int nodeCount() {
        return roots.stream().mapToInt(ImportFile::count).sum();
    }

    private static int count(NodeSnapshot node) {
        return 1 + node.children().stream().mapToInt(ImportFile::count).sum();
    }

    /** The workspace a Magnolia export file name ({@code <workspace>.<path>.yaml}) writes to. */
    public static String workspaceOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.indexOf('.') < 0 ? fileName.length() : fileName.indexOf('.'));
    }
}
