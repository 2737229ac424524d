package de.quartiersnetz.cms.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * WebP comes from a native libwebp bundled in webp-imageio for some platforms only: here (linux-x64) it is written,
 * and a JVM that claims an architecture without a bundled library keeps JPEG/PNG renditions and starts anyway.
 */
class RenditionFormatsTest {
    private final AssetProperties defaults = new AssetProperties(null, null, null);

    @Test
    void everyDefaultRenditionIsWritableOnThisPlatform() {
        assertThat(RenditionFormats.writable(defaults.renditions()).keySet()).containsExactlyInAnyOrder(
                "thumbnail", "teaser", "full", "thumbnail-webp", "teaser-webp", "full-webp");
    }

    @Test
    void withoutANativeLibwebpTheWebpRenditionsAreLeftOutWithAWarning() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dos.arch=sparcv9", "-cp", System.getProperty("java.class.path"), WritableRenditions.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("writable: [full, teaser, thumbnail]")
                .contains("WebP cannot be written on this platform", "os.arch=sparcv9",
                        "[full-webp, teaser-webp, thumbnail-webp] are left out");
    }

    @Test
    void formatsTakeMagnoliasNamesAndGiveTheirMimeTypeAndExtension() {
        AssetProperties.Rendition jpg = new AssetProperties.Rendition(640, "JPG");
        assertThat(jpg.format()).isEqualTo("jpeg");
        assertThat(jpg.mimeType()).isEqualTo("image/jpeg");
        assertThat(jpg.extension()).isEqualTo("jpg");
        AssetProperties.Rendition webp = new AssetProperties.Rendition(640, "webp");
        assertThat(webp.mimeType()).isEqualTo("image/webp");
        assertThat(webp.extension()).isEqualTo("webp");
        assertThat(webp.isWebp()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AssetProperties.Rendition(640, "avif"))
                .hasMessageContaining("jpeg, png or webp").hasMessageContaining("avif");
    }
}
