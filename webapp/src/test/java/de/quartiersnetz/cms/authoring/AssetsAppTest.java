package de.quartiersnetz.cms.authoring;

import static de.quartiersnetz.cms.assets.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Assets app and the public asset URLs over real HTTP: upload → publish → delivery with renditions → rendition
 * bytes with cache headers; refused uploads; EXIF/GPS stripped; referenced assets not deletable; drafts never public.
 */
@CmsServerTest
class AssetsAppTest {
    static final String PASSWORD = "Quartier-Test-2026";
    static final String ASSETS = "/.magnolia/admincentral/assets";
    static final String PROJECT = "/projekt-mit-bild";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
        registry.add("quartiersnetz.assets.max-size", () -> "1MB");
    }

    @LocalServerPort
    int port;
    @Autowired
    ContentWriter writer;
    @Autowired
    Publisher publisher;
    @Autowired
    de.quartiersnetz.cms.assets.AssetLinks links;

    AdminCentralClient client;

    @BeforeEach
    void logIn() {
        client = new AdminCentralClient(port);
        assertThat(client.login("superuser", PASSWORD).statusCode()).isEqualTo(302);
        assertThat(client.get(ASSETS).statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadedImagePublishedAndLinkedIsDeliveredWithRenditionsServedForAYear() throws Exception {
        String id = upload("Straßenfest Übersicht.png", png(1000, 500, Color.ORANGE));
        client.get(ASSETS + "/item/" + id);
        HttpResponse<String> noAlt = client.post(ASSETS + "/publish", Map.of("id", id));
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(noAlt.body()).contains("Alternativtext", "data-field=\"alternative_de\"");

        client.get(ASSETS + "/item/" + id);
        assertThat(client.post(ASSETS + "/item/" + id, Map.of("title", "Straßenfest", "alternative_de",
                "Kinder malen mit Kreide auf der Straße", "alternative_en", "Children drawing with chalk on the street",
                "copyright", "Foto: Nachbarschaftsverein", "license", "CC BY 4.0")).statusCode()).isEqualTo(302);
        client.get(ASSETS + "/item/" + id);
        assertThat(client.post(ASSETS + "/publish", Map.of("id", id)).statusCode()).isEqualTo(302);
        writer.create("projects", "/", PROJECT.substring(1), Map.of("title", "Mit Bild", "image", "jcr:" + id), "superuser");
        publisher.publish("projects", PROJECT, false, "superuser");

        JsonNode item = JSON.readTree(client.get("/.rest/delivery/projects/v1" + PROJECT).body());
        JsonNode image = item.get("image");
        assertThat(image.get("@id").asText()).isEqualTo("jcr:" + id);
        assertThat(image.get("@name").asText()).isEqualTo("strassenfest-uebersicht");
        assertThat(image.get("@link").asText()).matches("/dam/jcr:" + id + "/[0-9a-z]+/strassenfest-uebersicht\\.png");
        assertThat(image.get("metadata").get("mimeType").asText()).isEqualTo("image/png");
        assertThat(image.get("metadata").get("width").asText()).isEqualTo("1000");
        assertThat(image.get("metadata").get("alternative").asText()).isEqualTo("Kinder malen mit Kreide auf der Straße");
        assertThat(image.get("metadata").get("copyright").asText()).isEqualTo("Foto: Nachbarschaftsverein");
        JsonNode teaser = image.get("renditions").get("teaser");
        assertThat(teaser.get("mimeType").asText()).isEqualTo("image/jpeg");
        String link = teaser.get("link").asText();
        assertThat(link).matches("/\\.imaging/teaser/dam/jcr:" + id + "/[0-9a-z]+/strassenfest-uebersicht\\.jpg");
        assertThat(image.get("renditions").has("thumbnail")).isTrue();

        AdminCentralClient anonymous = new AdminCentralClient(port);
        HttpResponse<byte[]> rendition = anonymous.bytes(link);
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(rendition.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000", "public", "immutable");
        assertThat(rendition.headers().firstValue("ETag")).isPresent();
        assertThat(rendition.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(rendition.body()));
        assertThat(scaled.getWidth()).isEqualTo(640);
        assertThat(scaled.getHeight()).isEqualTo(320);

        HttpResponse<byte[]> original = anonymous.bytes(image.get("@link").asText());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(original.body())).getWidth()).isEqualTo(1000);

        HttpResponse<byte[]> stale = anonymous.bytes(link.replaceFirst("/jcr:([^/]+)/[^/]+/", "/jcr:$1/old/"));
        assertThat(stale.statusCode()).isEqualTo(302);
    }

    @Test
    void aJpegWithGpsExifIsServedWithoutIt() throws Exception {
        byte[] withGps = withExifGps(jpeg(400, 300));
        assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif", "GPS-51.3397N-12.3731E");
        String id = upload("urlaub.jpg", withGps);
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/item/" + id, Map.of("title", "Hof", "alternative_de", "Ein Innenhof mit Bäumen"));
        client.get(ASSETS + "/item/" + id);
        assertThat(client.post(ASSETS + "/publish", Map.of("id", id)).statusCode()).isEqualTo(302);

        AdminCentralClient anonymous = new AdminCentralClient(port);
        HttpResponse<byte[]> original = anonymous.bytes("/dam/jcr:" + id + "/urlaub.jpg");
        assertThat(original.statusCode()).isEqualTo(200);
        String served = new String(original.body(), StandardCharsets.ISO_8859_1);
        assertThat(served).doesNotContain("Exif").doesNotContain("GPS-51.3397N");
        assertThat(ImageIO.read(new ByteArrayInputStream(original.body())).getWidth()).isEqualTo(400);
    }

    @Test
    void largeBinariesLiveInTheFileDataStoreNextToTheSegmentStore() throws Exception {
        BufferedImage noise = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 300; y++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", out);
        assertThat(out.size()).isGreaterThan(64 * 1024);
        upload("rauschen.png", out.toByteArray());
        Path blobs = temp.resolve("data").resolve("repository").resolve("author-blobs");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(blobs)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)
                    .anyMatch(f -> f.toFile().length() > 64 * 1024)).isTrue();
        }
    }

    @Test
    void aReplacedAndRepublishedImageGetsANewRenditionUrl() throws Exception {
        String id = upload("wechsel.png", png(500, 250, Color.CYAN));
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/item/" + id, Map.of("title", "Wechsel", "alternative_de", "Eine türkise Fläche"));
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/publish", Map.of("id", id));
        Thread.sleep(5);
        client.get(ASSETS + "/item/" + id);
        HttpResponse<String> replaced = client.upload(ASSETS + "/item/" + id + "/replace", Map.of(),
                List.of(new AdminCentralClient.Upload("file", "neu.png", "image/png", png(900, 300, Color.PINK))));
        assertThat(replaced.statusCode()).isEqualTo(302);
        AdminCentralClient anonymous = new AdminCentralClient(port);
        assertThat(ImageIO.read(new ByteArrayInputStream(anonymous.bytes("/dam/jcr:" + id + "/wechsel.png").body())).getWidth())
                .as("the live tree keeps the published file until the next publication").isEqualTo(500);
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/publish", Map.of("id", id));
        assertThat(ImageIO.read(new ByteArrayInputStream(anonymous.bytes("/dam/jcr:" + id + "/wechsel.png").body())).getWidth())
                .isEqualTo(900);
    }

    @Test
    void theEditorPicksAssetsForAssetFields() {
        assertThat(client.get("/.magnolia/admincentral/apps/projects/new?parent=/").body())
                .contains("hx-get=\"" + ASSETS + "/pick?field=image\"");
        String picked = client.get(ASSETS + "/pick?field=image&q=Chemnitz").body();
        assertThat(picked).contains("data-pick-id=\"jcr:", "Logo Gemeinwesenkoordination Chemnitz Süd");
        assertThat(client.get("/.magnolia/admincentral/apps/projects/edit?path=/gemeinwesenkoordination-chemnitz-sued").body())
                .contains("<strong>Logo Gemeinwesenkoordination Chemnitz Süd</strong>");
    }

    @Test
    void theSiteApiGivesLinksSrcsetAltAndFactsOfPublishedAssetsOnly() throws Exception {
        String id = upload("api-bild.png", png(800, 400, Color.GRAY));
        assertThat(links.link(id)).isEmpty();
        assertThat(links.srcset(id)).isEmpty();
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/item/" + id, Map.of("title", "API", "alternative_de", "Graue Fläche",
                "alternative_en", "Grey area"));
        client.get(ASSETS + "/item/" + id);
        client.post(ASSETS + "/publish", Map.of("id", id));

        assertThat(links.link("jcr:" + id).orElseThrow()).matches("/dam/jcr:" + id + "/[0-9a-z]+/api-bild\\.png");
        assertThat(links.renditionLink(id, "thumbnail").orElseThrow()).startsWith("/.imaging/thumbnail/dam/jcr:" + id + "/");
        assertThat(links.renditionLink(id, "gibt-es-nicht")).isEmpty();
        assertThat(links.srcset(id).orElseThrow()).matches("/\\.imaging/thumbnail/\\S+ 240w, /\\.imaging/teaser/\\S+ 640w, "
                + "/\\.imaging/full/\\S+ 800w");
        assertThat(links.alt(id, java.util.Locale.ENGLISH)).isEqualTo("Grey area");
        assertThat(links.alt(id, java.util.Locale.GERMAN)).isEqualTo("Graue Fläche");
        assertThat(links.alt(id, java.util.Locale.FRENCH)).isEqualTo("Graue Fläche");
        de.quartiersnetz.cms.assets.Asset asset = links.asset(id).orElseThrow();
        assertThat(asset.mimeType()).isEqualTo("image/png");
        assertThat(asset.title()).isEqualTo("API");
        assertThat(asset.sizeLabel()).endsWith("KB");
    }

    @Test
    void anAssetFieldMustNameAnAssetOfDam() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.create("projects", "/", "ohne-bild",
                Map.of("title", "Ohne Bild", "image", "jcr:00000000-0000-0000-0000-000000000000"), "superuser"))
                .hasMessageContaining("image").hasMessageContaining("dam");
    }

    @Test
    void refusedUploadsSayWhyInGermanAndNameTheField() throws Exception {
        byte[] exe = new byte[600];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        JsonNode renamed = refused(upload("foto.jpg", exe, 400));
        assertThat(renamed.get("field").asText()).isEqualTo("file");
        assertThat(renamed.get("code").asText()).isEqualTo("TYPE_NOT_ALLOWED");
        assertThat(renamed.get("message").asText()).contains("„foto.jpg“", "aus dem Inhalt erkannt", "Erlaubt sind");

        JsonNode svg = refused(upload("logo.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8), 400));
        assertThat(svg.get("code").asText()).isEqualTo("SVG_REFUSED");
        assertThat(svg.get("message").asText()).contains("SVG", "Skripte");

        byte[] broken = jpeg(200, 200);
        byte[] truncated = java.util.Arrays.copyOf(broken, 40);
        JsonNode malformed = refused(upload("kaputt.jpg", truncated, 400));
        assertThat(malformed.get("code").asText()).isEqualTo("MALFORMED_IMAGE");
        assertThat(malformed.get("message").asText()).contains("kein lesbares Bild");

        JsonNode tooLarge = refused(upload("gross.pdf", new byte[2 * 1024 * 1024], 413));
        assertThat(tooLarge.get("code").asText()).isEqualTo("TOO_LARGE");
        assertThat(tooLarge.get("message").asText()).contains("zu groß", "1 MB");
        assertThat(tooLarge.get("field").asText()).isEqualTo("files");
    }

    @Test
    void aReferencedAssetCannotBeDeletedAndTheReferrerIsNamed() throws Exception {
        String id = upload("plakat.png", png(300, 200, Color.BLUE));
        writer.create("projects", "/", "mit-plakat", Map.of("title", "Mit Plakat", "image", "jcr:" + id), "superuser");
        client.get(ASSETS + "/item/" + id);
        HttpResponse<String> refused = client.post(ASSETS + "/item/" + id + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("wird noch verwendet", "projects:/mit-plakat (image)");

        String unused = upload("frei.png", png(300, 200, Color.GREEN));
        client.get(ASSETS + "/item/" + unused);
        assertThat(client.post(ASSETS + "/item/" + unused + "/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(client.get(ASSETS + "/item/" + unused).statusCode()).isEqualTo(404);
    }

    @Test
    void draftsAreNeverServedPublicly() throws Exception {
        String id = upload("entwurf.png", png(320, 200, Color.RED));
        AdminCentralClient anonymous = new AdminCentralClient(port);
        assertThat(anonymous.bytes("/dam/jcr:" + id + "/entwurf.png").statusCode()).isEqualTo(404);
        assertThat(anonymous.bytes("/.imaging/thumbnail/dam/jcr:" + id + "/0/entwurf.jpg").statusCode()).isEqualTo(404);
        assertThat(anonymous.bytes(ASSETS + "/preview/" + id).statusCode()).isNotEqualTo(200);
        assertThat(client.bytes(ASSETS + "/preview/" + id).statusCode()).isEqualTo(200);

        writer.create("news", "/", "mit-entwurf", Map.of("title", "Mit Entwurf", "date", "2026-05-01", "image", "jcr:" + id),
                "superuser");
        publisher.publish("news", "/mit-entwurf", false, "superuser");
        JsonNode news = JSON.readTree(anonymous.get("/.rest/delivery/news/v1/mit-entwurf").body());
        assertThat(news.get("title").asText()).isEqualTo("Mit Entwurf");
        assertThat(news.has("image")).isFalse();
    }

    @Test
    void theDemoImagesArePublishedAndAttached() throws Exception {
        JsonNode project = JSON.readTree(client.get("/.rest/delivery/projects/v1/gemeinwesenkoordination-chemnitz-sued").body());
        JsonNode image = project.get("image");
        assertThat(image.get("metadata").get("alternative").asText()).contains("Gemeinwesenkoordination Chemnitz Süd");
        assertThat(new AdminCentralClient(port).bytes(image.get("renditions").get("thumbnail").get("link").asText())
                .statusCode()).isEqualTo(200);
        assertThat(client.get(ASSETS + "?q=Forum").body()).contains("Plakat Forum Leipziger Osten 2014");
    }

    private String upload(String fileName, byte[] bytes) throws IOException {
        HttpResponse<String> response = upload(fileName, bytes, 200);
        return JSON.readTree(response.body()).get("stored").get(0).get("id").asText();
    }

    private HttpResponse<String> upload(String fileName, byte[] bytes, int expectedStatus) {
        HttpResponse<String> response = client.upload(ASSETS + "/upload", Map.of("folder", "/"),
                List.of(new AdminCentralClient.Upload("files", fileName, "application/octet-stream", bytes)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private static JsonNode refused(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("refused").get(0);
    }


    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(10, 10, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * Inserts a hand-made APP1 Exif segment after the JPEG's SOI marker: a big-endian TIFF header, IFD0 with a
     * GPSInfo pointer, and a GPS IFD with an ASCII GPS entry carrying a recognisable position.
     */
    static byte[] withExifGps(byte[] jpeg) {
        byte[] text = "GPS-51.3397N-12.3731E\0".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(8 + 18 + 18 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x001B).putShort((short) 7).putInt(text.length).putInt(44).putInt(0);
        tiff.put(text);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
