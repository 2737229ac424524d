package de.quartiersnetz.cms.modules;

import java.nio.file.Path;

/**
 * A YAML file found in a definition folder of a module.
 *
 * @param type         first folder below the module ({@code templates}, ...)
 * @param name         path below the type folder without {@code .yaml}, {@code /}-separated
 * @param relativePath path below the module, for messages ({@code templates/pages/home.yaml})
 */
record DefinitionFile(String module, String type, String name, Path path, String relativePath) {

    String id() {
        return module + ":" + name;
    }
}
