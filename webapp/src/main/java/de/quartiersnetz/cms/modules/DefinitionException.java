package de.quartiersnetz.cms.modules;

/** Why one definition file cannot be used; caught per file and turned into a {@link DefinitionProblem}. */
final class DefinitionException extends Exception {

    private final int line;
    private final String reason;

    DefinitionException(int line, String reason) {
        super(reason, null, false, false);
        this.line = line;
        this.reason = reason;
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
