package de.quartiersnetz.cms.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Node names for new items, made from their title as Magnolia does: lower case, ASCII, words joined by '-'. */
final class ItemNames {
    private static final int MAX_LENGTH = 60;

    private ItemNames() {
    }

    static String fromTitle(String title) {
        String text = title == null ? "" : title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "eintrag" : name;
    }

    /** The name, or the first of {@code name-2}, {@code name-3}, ... that is not taken. */
    static String free(String name, Predicate<String> taken) {
        String candidate = name;
        for (int i = 2; taken.test(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
