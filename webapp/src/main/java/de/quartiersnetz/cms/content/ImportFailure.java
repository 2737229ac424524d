package de.quartiersnetz.cms.content;

import java.nio.file.Path;

/** An import file cannot be imported; the message names file, line and node. Nothing was written. */
public class ImportFailure extends RuntimeException {
    private final Path file;
    private final int line;
    private final String node;

    public ImportFailure(Path file, int line, String node, String reason) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + (node != null ? " (node " + node + ")" : "")
                + ": " + reason);
        this.file = file;
        this.line = line;
        this.node = node;
    }

    /** Several problems across files; each line already names its file, line and node. */
    public ImportFailure(java.util.List<String> problems) {
        super("nothing imported, " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.file = null;
        this.line = 0;
        this.node = null;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String node() {
        return node;
    }
}
