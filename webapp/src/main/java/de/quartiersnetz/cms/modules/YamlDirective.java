package de.quartiersnetz.cms.modules;

import java.util.Map;

/**
 * A Magnolia tag found while reading a file, kept in the raw tree until {@link IncludeResolver} resolves it.
 * {@code overlay} holds the keys written next to the tag (null when the tag sat on a scalar).
 */
sealed interface YamlDirective {

    int line();

    /** {@code !include:/<module>/path.yaml} (or the older {@code !include /path}). */
    record Include(String path, Map<String, Object> overlay, int line) implements YamlDirective {
    }

    /** {@code !inherit:<module>:<name>} or {@code !inherit:/<module>/<type>/<path>.yaml}. */
    record Inherit(String reference, Map<String, Object> overlay, int line) implements YamlDirective {
    }

    /** {@code !content-type:<name>} / {@code !content-type-m5:<name>} on the root of an app. */
    record ContentTypeApp(String contentType, boolean m5, Map<String, Object> overlay, int line)
            implements YamlDirective {
    }
}
