package de.quartiersnetz.cms.modules;

import java.nio.file.Path;

/**
 * Something in a light module that could not be loaded as written.
 *
 * @param module  the module the file belongs to ({@code ""} for problems with the light-modules directory itself)
 * @param file    the definition file (for include errors: the including definition)
 * @param line    1-based line in {@code file}, 0 if unknown
 * @param message written for a human: where, what is wrong, and what happened as a consequence
 */
public record DefinitionProblem(String module, Path file, int line, String message) {
}
