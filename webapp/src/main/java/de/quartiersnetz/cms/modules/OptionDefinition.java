package de.quartiersnetz.cms.modules;

import java.util.Objects;

/**
 * One entry of a content-type property's {@code options}.
 *
 * @param key   the map key (or {@code name} in list form)
 * @param value the stored value; the key when the file gives none
 * @param label the label as written, or {@code null}
 */
public record OptionDefinition(String key, String value, String label) {
    public OptionDefinition {
        Objects.requireNonNull(key, "key");
        if (value == null) {
            value = key;
        }
    }
}
