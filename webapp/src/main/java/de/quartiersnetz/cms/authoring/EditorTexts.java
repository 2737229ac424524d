package de.quartiersnetz.cms.authoring;

import java.util.Locale;

import org.springframework.context.MessageSource;

import de.quartiersnetz.cms.modules.DefinitionRegistry;

/**
 * The texts of one editor screen in the user's language: AdminCentral's own ({@code editor.*}) and the light
 * modules' labels, descriptions and option names, which are i18n keys or literal text.
 */
final class EditorTexts {
    private final MessageSource messages;
    private final DefinitionRegistry registry;
    private final Locale locale;

    EditorTexts(MessageSource messages, DefinitionRegistry registry, Locale locale) {
        this.messages = messages;
        this.registry = registry;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String ui(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A light-module text: the key's message, else the text itself when it reads as text, else the fallback. */
    String module(Object keyOrText, String fallback) {
        if (keyOrText == null || String.valueOf(keyOrText).isBlank()) {
            return fallback;
        }
        String key = String.valueOf(keyOrText).trim();
        return registry.message(key, locale).orElse(looksLikeKey(key) ? fallback : key);
    }

    /** The UI name of a content language, e.g. "Englisch". */
    String language(String language) {
        return messages.getMessage("editor.language." + language, null,
                Locale.forLanguageTag(language).getDisplayLanguage(locale), locale);
    }

    private static boolean looksLikeKey(String text) {
        return !text.contains(" ") && text.contains(".");
    }
}
