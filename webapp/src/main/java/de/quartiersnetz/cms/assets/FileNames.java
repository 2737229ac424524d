package de.quartiersnetz.cms.assets;

import java.text.Normalizer;
import java.util.Locale;

/** Safe file and node names: umlauts transliterated (ä → ae, ß → ss), accents dropped, only {@code a-z0-9._-}. */
public final class FileNames {
    private FileNames() {
    }

    /** The base name (without extension) as a node name, e.g. {@code "Übersicht Plan 2025.PDF"} → {@code uebersicht-plan-2025}. */
    public static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String safe = slug(name);
        return safe.isEmpty() ? "datei" : safe;
    }

    public static String slug(String text) {
        String s = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
