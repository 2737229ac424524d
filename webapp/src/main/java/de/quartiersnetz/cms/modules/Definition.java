package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Any YAML definition of a light module, kept as its resolved tree.
 *
 * @param type the first folder below the module: {@code templates}, {@code dialogs}, {@code restEndpoints}, ...
 * @param name the path below the type folder without {@code .yaml}, {@code /}-separated
 * @param id   {@code <module>:<name>}
 * @param tree the resolved YAML (includes, inherits and decorations applied; unmodifiable)
 */
public record Definition(String type, String module, String name, String id, Map<String, Object> tree, Path source) {

    public Definition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
        id = id == null ? module + ":" + name : id;
        tree = Trees.freezeMap(tree);
    }

    /** {@link MagnoliaYaml#typeOf(Map)} of the root: the {@code $type}, or the alias of its {@code class}. */
    public Optional<String> typeAlias() {
        return MagnoliaYaml.typeOf(tree);
    }
}
