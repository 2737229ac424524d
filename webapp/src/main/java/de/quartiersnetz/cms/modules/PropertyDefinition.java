package de.quartiersnetz.cms.modules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A property of a content-type model or submodel.
 *
 * @param type {@code String} unless given: a JCR type, {@code richText}, {@code asset}, a submodel name,
 *             a content-type name or {@code reference:<name>}
 * @param label the label as written (literal or i18n key), or {@code null}
 */
public record PropertyDefinition(String name, String type, boolean required, boolean multiple, boolean i18n,
                                 String label, List<OptionDefinition> options) {

    static final String REFERENCE_PREFIX = "reference:";

    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        type = type == null || type.isBlank() ? "String" : type;
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /** The {@code X} of {@code type: reference:X}, if the type is written that way. */
    public Optional<String> referencePrefixTarget() {
        return type.startsWith(REFERENCE_PREFIX)
                ? Optional.of(type.substring(REFERENCE_PREFIX.length()))
                : Optional.empty();
    }
}
