package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one load; messages read "light module 'm', dir/file.yaml: what; consequence". */
final class Problems {

    private final List<DefinitionProblem> problems = new ArrayList<>();

    void add(String module, Path file, String relativePath, int line, String text) {
        String where = module.isEmpty() ? String.valueOf(file) : "light module '" + module + "', " + relativePath;
        problems.add(new DefinitionProblem(module, file, Math.max(line, 0), where + ": " + text));
    }

    /** {@code e} stopped the file from being used at all. */
    void skipped(DefinitionFile file, DefinitionException e, String consequence) {
        add(file.module(), file.path(), file.relativePath(), e.line(), e.describe() + "; " + consequence);
    }

    void add(DefinitionFile file, int line, String text) {
        add(file.module(), file.path(), file.relativePath(), line, text);
    }

    List<DefinitionProblem> sorted() {
        List<DefinitionProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(DefinitionProblem::module)
                .thenComparing(p -> String.valueOf(p.file()))
                .thenComparingInt(DefinitionProblem::line));
        return List.copyOf(sorted);
    }
}
