package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A light module: one sub-directory of the light-modules directory.
 *
 * @param name    the folder name
 * @param root    the module folder
 * @param version {@code version} from {@code module.yaml} as written, or {@code null} without one
 */
public record LightModule(String name, Path root, String version) {
    public LightModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
    }
}
