package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * An app descriptor from {@code apps/<name>.yaml}; for {@code !content-type:<ct>} apps the tree is the
 * generated descriptor with the file's keys deep-merged over it.
 *
 * @param contentType the content type the app edits, or {@code null}
 * @param label       {@code label} of the tree, or {@code null}
 * @param icon        {@code icon} of the tree, or {@code null}
 * @param tree        the fully merged, resolved YAML (unmodifiable)
 */
public record AppDefinition(String name, String module, String contentType, String label, String icon,
                            Map<String, Object> tree, Path source) {

    public AppDefinition {
        Objects.requireNonNull(name, "name");
        tree = Trees.freezeMap(tree);
    }

    /** {@code subApps.detail.form.properties.<name>} of the merged tree (map or list form), or an empty map. */
    public Map<String, Object> formProperty(String propertyName) {
        Object field = Trees.at(tree, "subApps", "detail", "form", "properties", propertyName);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = field instanceof Map ? (Map<String, Object>) field : Map.of();
        return map;
    }
}
