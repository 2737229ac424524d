package de.quartiersnetz.cms.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which rendition formats this machine can write. JPEG and PNG come with the JDK; WebP comes from the
 * webp-imageio plugin, whose native libwebp is bundled for common platforms only (Linux, macOS, Windows on
 * x86_64/aarch64 and a few more; not musl/Alpine). Elsewhere WebP renditions are left out, with one warning,
 * and the site and the API offer JPEG/PNG alone.
 */
final class RenditionFormats {
    private static final Logger LOG = LoggerFactory.getLogger(RenditionFormats.class);

    private RenditionFormats() {
    }

    /** The configured renditions whose format can be written here. */
    static Map<String, AssetProperties.Rendition> writable(Map<String, AssetProperties.Rendition> configured) {
        Map<String, AssetProperties.Rendition> writable = new LinkedHashMap<>();
        configured.forEach((name, rendition) -> {
            if (!rendition.isWebp() || WebpProbe.WRITES) {
                writable.put(name, rendition);
            }
        });
        if (writable.size() < configured.size()) {
            List<String> dropped = configured.keySet().stream().filter(n -> !writable.containsKey(n)).sorted().toList();
            LOG.warn("WebP cannot be written on this platform (no native libwebp for os.name={}, os.arch={}); "
                    + "renditions {} are left out, JPEG/PNG renditions are served alone",
                    System.getProperty("os.name"), System.getProperty("os.arch"), dropped);
        }
        return writable;
    }

    /** Encodes one pixel once: the plugin registers everywhere but fails at the first native call. */
    private static final class WebpProbe {
        static final boolean WRITES = probe();

        private static boolean probe() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                if (!ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "webp", out)) {
                    return false;
                }
                byte[] bytes = out.toByteArray();
                return bytes.length > 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.debug("WebP probe failed", e);
                return false;
            }
        }
    }
}
