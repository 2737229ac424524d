package de.quartiersnetz.cms.assets;

import static de.quartiersnetz.cms.assets.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 6, asset URLs over real HTTP: WebP renditions, versioned links cached for a year and unversioned ones
 * revalidated, and no stale rendition left on disk once an image is replaced or withdrawn.
 */
@CmsServerTest
class AssetUrlsTest {
    private static final String IMMUTABLE = "max-age=31536000";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, "Assets-Test-2026");
    }

    @LocalServerPort
    int port;
    @Autowired
    AssetStore store;
    @Autowired
    UploadInspector inspector;
    @Autowired
    Publisher publisher;
    @Autowired
    AssetLinks links;
    @Autowired
    Renditions renditions;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWebpRenditionIsServedAsWebpAndDecodesAtItsWidth() throws Exception {
        Asset asset = publishedImage("fest.png", 1000, 500, Color.ORANGE);
        String link = links.renditionLink(asset.id(), "teaser-webp").orElseThrow();
        assertThat(link).isEqualTo("/.imaging/teaser-webp/dam/jcr:" + asset.id() + "/" + asset.version() + "/fest.webp");

        HttpResponse<byte[]> response = get(link);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(new String(response.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(response.body(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(320);
        Color middle = new Color(decoded.getRGB(320, 160));
        assertThat(middle.getRed()).as("still orange after lossy coding").isGreaterThan(230);
        assertThat(middle.getBlue()).isLessThan(30);
    }

    @Test
    void srcsetsKeepWebpApartFromJpegAndNeverRepeatAWidth() throws Exception {
        Asset wide = publishedImage("breit.png", 800, 400, Color.GRAY);
        assertThat(links.srcset(wide.id()).orElseThrow()).matches("/\\.imaging/thumbnail/\\S+\\.jpg 240w, "
                + "/\\.imaging/teaser/\\S+\\.jpg 640w, /\\.imaging/full/\\S+\\.jpg 800w");
        assertThat(links.srcset(wide.id(), "webp").orElseThrow()).matches("/\\.imaging/thumbnail-webp/\\S+\\.webp 240w, "
                + "/\\.imaging/teaser-webp/\\S+\\.webp 640w, /\\.imaging/full-webp/\\S+\\.webp 800w");

        Asset narrow = publishedImage("schmal.png", 200, 100, Color.GREEN);
        assertThat(links.srcset(narrow.id()).orElseThrow()).as("every rendition is 200 px wide: one is enough")
                .matches("/\\.imaging/thumbnail/\\S+\\.jpg 200w");
        assertThat(links.srcset(narrow.id(), "webp").orElseThrow()).matches("/\\.imaging/thumbnail-webp/\\S+\\.webp 200w");
        assertThat(links.srcset(narrow.id(), "png")).isEmpty();
    }

    @Test
    void theDeliveryApiListsTheWebpRenditionsBesideTheJpegOnes() throws Exception {
        HttpResponse<byte[]> response = get("/.rest/delivery/projects/v1/gemeinwesenkoordination-chemnitz-sued");
        JsonNode image = new ObjectMapper().readTree(response.body()).get("image");
        String id = image.get("@id").asText().substring(4);
        Asset asset = links.asset(id).orElseThrow();
        assertThat(image.get("@link").asText()).isEqualTo(AssetLinks.originalLink(asset)).contains("/" + asset.version() + "/");
        JsonNode teaser = image.get("renditions").get("teaser");
        JsonNode teaserWebp = image.get("renditions").get("teaser-webp");
        assertThat(teaser.get("mimeType").asText()).isEqualTo("image/jpeg");
        assertThat(teaserWebp.get("mimeType").asText()).isEqualTo("image/webp");
        assertThat(teaserWebp.get("link").asText())
                .matches("/\\.imaging/teaser-webp/dam/jcr:" + id + "/" + asset.version() + "/[a-z0-9-]+\\.webp");
        assertThat(image.get("renditions").has("thumbnail-webp")).isTrue();
        assertThat(image.get("renditions").has("full-webp")).isTrue();

        HttpResponse<byte[]> webp = get(teaserWebp.get("link").asText());
        assertThat(webp.statusCode()).isEqualTo(200);
        assertThat(webp.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(ImageIO.read(new ByteArrayInputStream(webp.body()))).isNotNull();
    }

    @Test
    void versionedUrlsAreKeptForAYearTheUnversionedOneIsRevalidated() throws Exception {
        Asset asset = publishedImage("cache.png", 700, 350, Color.BLUE);
        String versioned = links.link(asset.id()).orElseThrow();
        assertThat(versioned).isEqualTo("/dam/jcr:" + asset.id() + "/" + asset.version() + "/cache.png");

        HttpResponse<byte[]> original = get(versioned);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(cacheControl(original)).contains("public", IMMUTABLE, "immutable");
        String etag = original.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = get(versioned, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(cacheControl(notModified)).contains(IMMUTABLE, "immutable");

        String plain = "/dam/jcr:" + asset.id() + "/cache.png";
        HttpResponse<byte[]> unversioned = get(plain);
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.body()).isEqualTo(original.body());
        assertThat(cacheControl(unversioned)).contains("max-age=60").doesNotContain("immutable", IMMUTABLE);
        assertThat(unversioned.headers().firstValue("ETag")).contains(etag);
        assertThat(get(plain, "If-None-Match", etag).statusCode()).isEqualTo(304);

        String teaser = links.renditionLink(asset.id(), "teaser").orElseThrow();
        HttpResponse<byte[]> rendition = get(teaser);
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(cacheControl(rendition)).contains("public", IMMUTABLE, "immutable");

        HttpResponse<byte[]> staleOriginal = get("/dam/jcr:" + asset.id() + "/abc123/cache.png");
        assertThat(staleOriginal.statusCode()).isEqualTo(302);
        assertThat(staleOriginal.headers().firstValue("Location")).contains(versioned);
        assertThat(cacheControl(staleOriginal)).contains("no-cache");
        HttpResponse<byte[]> staleRendition = get(teaser.replace("/" + asset.version() + "/", "/abc123/"));
        assertThat(staleRendition.statusCode()).isEqualTo(302);
        assertThat(staleRendition.headers().firstValue("Location")).contains(teaser);
    }

    @Test
    void aReplacedImageGetsNewLinksAndItsOldRenditionsLeaveTheDisk() throws Exception {
        Asset first = publishedImage("wechsel.png", 900, 450, Color.CYAN);
        String oldOriginal = links.link(first.id()).orElseThrow();
        String oldTeaser = links.renditionLink(first.id(), "teaser").orElseThrow();
        String oldWebp = links.renditionLink(first.id(), "teaser-webp").orElseThrow();
        assertThat(get(oldTeaser).statusCode()).isEqualTo(200);
        assertThat(get(oldWebp).statusCode()).isEqualTo(200);
        Path cached = temp.resolve("data").resolve("renditions").resolve(first.id());
        assertThat(cached.resolve(first.version()).resolve("teaser.jpg")).isRegularFile();
        assertThat(cached.resolve(first.version()).resolve("teaser-webp.webp")).isRegularFile();

        Thread.sleep(5);
        store.replace(first.id(), inspector.inspect("neu.png", png(600, 300, Color.PINK)), "superuser");
        publish(first);
        Asset second = links.asset(first.id()).orElseThrow();
        assertThat(second.version()).isNotEqualTo(first.version());
        String newOriginal = links.link(first.id()).orElseThrow();
        String newTeaser = links.renditionLink(first.id(), "teaser").orElseThrow();
        assertThat(newOriginal).isNotEqualTo(oldOriginal);
        assertThat(newTeaser).isNotEqualTo(oldTeaser);
        assertThat(links.renditionLink(first.id(), "teaser-webp").orElseThrow()).isNotEqualTo(oldWebp);
        assertThat(ImageIO.read(new ByteArrayInputStream(get(newOriginal).body())).getWidth()).isEqualTo(600);
        assertThat(get(oldOriginal).headers().firstValue("Location")).contains(newOriginal);

        assertThat(eventually(() -> !Files.exists(cached.resolve(first.version()))))
                .as("the old version's renditions are removed after the publication").isTrue();
        assertThat(get(newTeaser).statusCode()).isEqualTo(200);
        assertThat(cached.resolve(second.version()).resolve("teaser.jpg")).isRegularFile();

        publisher.unpublish(AssetStore.WORKSPACE, second.path(), "superuser");
        assertThat(eventually(() -> !Files.exists(cached))).as("a withdrawn image keeps no renditions").isTrue();
        assertThat(get(newTeaser).statusCode()).isEqualTo(404);
    }

    @Test
    void aPruneKeepsOnlyTheLiveVersionOfPublishedImages() throws Exception {
        Asset asset = publishedImage("sauber.png", 500, 250, Color.MAGENTA);
        assertThat(get(links.renditionLink(asset.id(), "thumbnail").orElseThrow()).statusCode()).isEqualTo(200);
        Path cache = temp.resolve("data").resolve("renditions");
        Path current = cache.resolve(asset.id()).resolve(asset.version()).resolve("thumbnail.jpg");
        Path staleVersion = Files.createDirectories(cache.resolve(asset.id()).resolve("altversion")).resolve("teaser.jpg");
        Path unknownAsset = Files.createDirectories(cache.resolve(UUID.randomUUID().toString()).resolve("v1")).resolve("full.jpg");
        Path abandoned = cache.resolve("teaser123.part");
        Path writing = cache.resolve("full456.part");
        for (Path file : new Path[] {staleVersion, unknownAsset, abandoned, writing}) {
            Files.write(file, new byte[] {1});
        }
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        renditions.prune();

        assertThat(current).isRegularFile();
        assertThat(writing).as("a generation under way keeps its temporary file").isRegularFile();
        assertThat(staleVersion.getParent()).doesNotExist();
        assertThat(unknownAsset.getParent().getParent()).doesNotExist();
        assertThat(abandoned).doesNotExist();
    }

    private Asset publishedImage(String fileName, int width, int height, Color color) throws IOException {
        Asset asset = store.create("/", inspector.inspect(fileName, png(width, height, color)),
                new AssetMetadata("Bild " + fileName, null, null, null, null, Map.of("de", "Eine farbige Fläche")),
                "superuser");
        publish(asset);
        return links.asset(asset.id()).orElseThrow();
    }

    private void publish(Asset asset) {
        publisher.publish(AssetStore.WORKSPACE, store.publishPaths(asset.id()), false, "superuser");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

}
