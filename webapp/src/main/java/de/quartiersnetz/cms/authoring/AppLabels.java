package de.quartiersnetz.cms.authoring;

import java.util.Locale;
import java.util.Optional;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;

/**
 * Texts of the light modules' apps in the UI language: a label written in a definition is either an i18n key of
 * the modules' bundles or a literal text; a key that no bundle knows falls back to something readable.
 */
final class AppLabels {
    private final DefinitionRegistry registry;

    AppLabels(DefinitionRegistry registry) {
        this.registry = registry;
    }

    String app(AppDefinition app, Locale locale) {
        String key = app.label() != null ? app.label() : app.name() + ".app.label";
        return registry.message(key, locale).orElse(app.label() != null && !looksLikeKey(app.label())
                ? app.label() : app.name());
    }

    /** The first key a bundle knows, else {@code written} if it reads as text, else {@code fallback}. */
    String text(Locale locale, String written, String fallback, String... moreKeys) {
        if (written != null) {
            Optional<String> message = registry.message(written, locale);
            if (message.isPresent()) {
                return message.get();
            }
        }
        for (String key : moreKeys) {
            Optional<String> message = registry.message(key, locale);
            if (message.isPresent()) {
                return message.get();
            }
        }
        return written != null && !looksLikeKey(written) ? written : fallback;
    }

    /** {@code tours.title.label} is a key; {@code Titel der Tour} is text. */
    private static boolean looksLikeKey(String value) {
        return value.contains(".") && !value.contains(" ");
    }
}
