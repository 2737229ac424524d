package de.quartiersnetz.cms.assets;

import java.util.Map;
import java.util.Optional;

/**
 * An asset (or a folder) of the {@code dam} workspace as the apps and the site see it.
 *
 * @param path        workspace-relative path, e.g. {@code /projekte/logo}
 * @param alternative alt text per language ({@code de}, {@code en}); the first language is stored as
 *                    {@code alternative}, the others as {@code alternative_<lang>}, as Magnolia stores i18n values
 * @param version     changes whenever the binary changes; part of rendition URLs
 * @param published   {@code mgnl:activationStatus}: true once published (in the author tree)
 */
public record Asset(String id, String path, String name, boolean folder, String title, String description,
                    String caption, String copyright, String license, Map<String, String> alternative,
                    String fileName, String extension, String mimeType, long size, int width, int height,
                    String version, boolean published, String lastModified) {
    public boolean isImage() {
        return mimeType != null && mimeType.startsWith("image/");
    }

    /** Alt text in the language, else in the first language that has one. */
    public Optional<String> alt(String language) {
        String text = alternative.get(language);
        if (text != null && !text.isBlank()) {
            return Optional.of(text);
        }
        return alternative.values().stream().filter(t -> t != null && !t.isBlank()).findFirst();
    }

    /** The size for lists, e.g. {@code 1,2 MB}. */
    public String sizeLabel() {
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.GERMANY, "%.1f MB", size / (1024.0 * 1024.0));
        }
        return String.format(java.util.Locale.GERMANY, "%d KB", Math.max(1, Math.round(size / 1024.0)));
    }

    /** The label shown: title, else the file name, else the node name. */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return fileName != null && !fileName.isBlank() ? fileName : name;
    }
}
