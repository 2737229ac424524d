package de.quartiersnetz.cms.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code decorations/<targetModule>/<type>/<path>.yaml} files to their target definitions by deep merge.
 * Dots in the file name address a sub-tree: {@code decorations/mtk/templates/pages/basic.areas.main.yaml}
 * merges into {@code areas.main} of {@code mtk:pages/basic}; the longest existing definition name wins, so
 * definition names that contain dots still work. Decorations apply in module, then file order.
 */
final class DecorationApplier {

    private record Target(String name, List<String> subPath) {
    }

    private static final class Decoration {
        final DefinitionFile file;
        final Object content;
        final String module;
        final String type;
        final List<Target> targets;
        boolean handled;

        Decoration(DefinitionFile file, Object content, String module, String type, List<Target> targets) {
            this.file = file;
            this.content = content;
            this.module = module;
            this.type = type;
            this.targets = targets;
        }
    }

    private final List<Decoration> decorations = new ArrayList<>();
    private final Problems problems;

    DecorationApplier(Problems problems) {
        this.problems = problems;
    }

    void add(DefinitionFile file, Object content) {
        String[] segments = file.name().split("/");
        if (segments.length < 3) {
            problems.add(file, 0, "decorates the configuration of module '" + segments[0]
                    + "', which this runtime does not support; decoration ignored");
            return;
        }
        String directories = String.join("/", Arrays.asList(segments).subList(2, segments.length - 1));
        String prefix = directories.isEmpty() ? "" : directories + "/";
        String[] parts = segments[segments.length - 1].split("\\.");
        List<Target> targets = new ArrayList<>();
        for (int k = parts.length; k >= 1; k--) {
            targets.add(new Target(prefix + String.join(".", Arrays.asList(parts).subList(0, k)),
                    List.of(parts).subList(k, parts.length)));
        }
        decorations.add(new Decoration(file, content, segments[0], segments[1], targets));
    }

    /** Applies the decorations aimed at {@code type} to the given definitions (keyed by id). */
    void apply(String type, Map<String, LoadedDefinition> definitionsById) {
        for (Decoration decoration : decorations) {
            if (decoration.handled || !decoration.type.equals(type)) {
                continue;
            }
            for (Target target : decoration.targets) {
                LoadedDefinition definition = definitionsById.get(decoration.module + ":" + target.name());
                if (definition != null) {
                    decoration.handled = true;
                    applyTo(decoration, target, definition);
                    break;
                }
            }
        }
    }

    private void applyTo(Decoration decoration, Target target, LoadedDefinition definition) {
        if (decoration.content == null) {
            return;
        }
        String where = definition.file.id() + (target.subPath().isEmpty() ? "" : " at '" + String.join(".", target.subPath()) + "'");
        if (target.subPath().isEmpty() && !(decoration.content instanceof Map)) {
            problems.add(decoration.file, 0, "a decoration of a whole definition must be a mapping; decoration of "
                    + where + " ignored");
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> decorated = (Map<String, Object>) DeepMerge.mergeAt(definition.tree, target.subPath(),
                    decoration.content);
            definition.tree = decorated;
        } catch (IllegalArgumentException e) {
            problems.add(decoration.file, 0, "cannot decorate " + where + ": " + e.getMessage() + "; decoration ignored");
        }
    }

    /** Records a problem for every decoration whose target was never found. */
    void reportUnapplied() {
        for (Decoration decoration : decorations) {
            if (!decoration.handled) {
                Target whole = decoration.targets.get(decoration.targets.size() - 1);
                problems.add(decoration.file, 0, "decorated definition '" + decoration.module + ":" + whole.name()
                        + "' (" + decoration.type + ") not found; decoration ignored");
            }
        }
    }
}
