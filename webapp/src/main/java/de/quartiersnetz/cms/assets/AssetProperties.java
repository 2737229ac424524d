package de.quartiersnetz.cms.assets;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Operator settings under {@code quartiersnetz.assets.*}.
 *
 * @param maxSize            largest file an upload may have (default 20 MB); Spring's multipart limit is set to the same
 * @param renditions         named image variants (Magnolia's imaging "variations"): width in pixels and format
 *                           ({@code jpeg}, {@code png} or {@code webp}, Magnolia's {@code outputFormat.formatName});
 *                           default {@code thumbnail}, {@code teaser}, {@code full} in JPEG and each again as
 *                           {@code <name>-webp}
 * @param unversionedMaxAge  how long a browser may keep an original fetched by its unversioned URL
 *                           ({@code /dam/jcr:<uuid>/<fileName>}) before asking again (default 60 s); versioned URLs
 *                           are kept for a year
 */
@ConfigurationProperties("quartiersnetz.assets")
public record AssetProperties(DataSize maxSize, Map<String, Rendition> renditions, Duration unversionedMaxAge) {
    public AssetProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        if (renditions == null || renditions.isEmpty()) {
            renditions = new LinkedHashMap<>();
            renditions.put("thumbnail", new Rendition(240, "jpeg"));
            renditions.put("teaser", new Rendition(640, "jpeg"));
            renditions.put("full", new Rendition(1600, "jpeg"));
            renditions.put("thumbnail-webp", new Rendition(240, "webp"));
            renditions.put("teaser-webp", new Rendition(640, "webp"));
            renditions.put("full-webp", new Rendition(1600, "webp"));
        }
        renditions = Map.copyOf(new LinkedHashMap<>(renditions));
        unversionedMaxAge = unversionedMaxAge == null ? Duration.ofSeconds(60) : unversionedMaxAge;
    }

    /** One named variant: scaled to at most {@code width} pixels wide (never enlarged), written in {@code format}. */
    public record Rendition(int width, String format) {
        public Rendition {
            if (width < 16 || width > 8000) {
                throw new IllegalArgumentException("rendition width must be between 16 and 8000, not " + width);
            }
            format = format == null ? "jpeg" : format.toLowerCase(Locale.ROOT);
            format = format.equals("jpg") ? "jpeg" : format;
            if (!format.equals("jpeg") && !format.equals("png") && !format.equals("webp")) {
                throw new IllegalArgumentException("rendition format must be jpeg, png or webp, not " + format);
            }
        }

        public String mimeType() {
            return "image/" + format;
        }

        public String extension() {
            return format.equals("jpeg") ? "jpg" : format;
        }

        /** WebP needs a browser that knows it: the site offers it in {@code <picture><source>}, JPEG/PNG in {@code <img>}. */
        public boolean isWebp() {
            return format.equals("webp");
        }
    }
}
