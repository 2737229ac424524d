package de.quartiersnetz.cms.modules;

/** Why one definition file cannot be used; caught per file and turned into a {@link DefinitionProblem}. */
final class DefinitionException extends Exception {

    private final int line;
    private final String reason;
    private final boolean namesAllFiles;

    DefinitionException(int line, String reason) {
        this(line, reason, false);
    }

    private DefinitionException(int line, String reason, boolean namesAllFiles) {
        super(reason, null, false, false);
        this.line = line;
        this.reason = reason;
        this.namesAllFiles = namesAllFiles;
    }

    /** An include or inherit cycle; its reason already names every file involved. */
    static DefinitionException cycle(int line, String chain) {
        return new DefinitionException(line, "include cycle " + chain, true);
    }

    /**
     * This problem as seen from the file that included (or inherited) {@code file} at {@code includeLine}.
     */
    DefinitionException seenFrom(String what, String file, int includeLine) {
        if (namesAllFiles) {
            return new DefinitionException(includeLine, reason, true);
        }
        String where = line > 0 ? " line " + line : "";
        return new DefinitionException(includeLine, "in " + what + " " + file + where + ": " + reason);
    }

    /** 1-based line in the file being loaded, 0 if unknown. */
    int line() {
        return line;
    }

    String reason() {
        return reason;
    }

    /** The reason followed by {@code (line N)} when the line is known. */
    String describe() {
        return line > 0 ? reason + " (line " + line + ")" : reason;
    }
}
