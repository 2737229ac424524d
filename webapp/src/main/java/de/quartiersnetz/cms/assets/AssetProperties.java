package de.quartiersnetz.cms.assets;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Operator settings under {@code quartiersnetz.assets.*}.
 *
 * @param maxSize    largest file an upload may have (default 20 MB); Spring's multipart limit is set to the same
 * @param renditions named image variants: width in pixels and format ({@code jpeg} or {@code png}); WebP has no
 *                   pure-Java writer, see docs/assets.md
 */
@ConfigurationProperties("quartiersnetz.assets")
public record AssetProperties(DataSize maxSize, Map<String, Rendition> renditions) {
    public AssetProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        if (renditions == null || renditions.isEmpty()) {
            renditions = new LinkedHashMap<>();
            renditions.put("thumbnail", new Rendition(240, "jpeg"));
            renditions.put("teaser", new Rendition(640, "jpeg"));
            renditions.put("full", new Rendition(1600, "jpeg"));
        }
        renditions = Map.copyOf(new LinkedHashMap<>(renditions));
    }

    /** One named variant: scaled to at most {@code width} pixels wide (never enlarged). */
    public record Rendition(int width, String format) {
        public Rendition {
            if (width < 16 || width > 8000) {
                throw new IllegalArgumentException("rendition width must be between 16 and 8000, not " + width);
            }
            format = format == null ? "jpeg" : format.toLowerCase(java.util.Locale.ROOT);
            if (!format.equals("jpeg") && !format.equals("png")) {
                throw new IllegalArgumentException("rendition format must be jpeg or png, not " + format
                        + " (no pure-Java WebP writer is available)");
            }
        }

        public String mimeType() {
            return format.equals("png") ? "image/png" : "image/jpeg";
        }

        public String extension() {
            return format.equals("png") ? "png" : "jpg";
        }
    }
}
