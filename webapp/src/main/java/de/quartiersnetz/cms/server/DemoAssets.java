package de.quartiersnetz.cms.server;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import de.quartiersnetz.cms.assets.Asset;
import de.quartiersnetz.cms.assets.AssetMetadata;
import de.quartiersnetz.cms.assets.AssetStore;
import de.quartiersnetz.cms.assets.UploadInspector;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Demo images from a light module's {@code demo-assets.yaml}: each drawn with Java2D (its lines of text on a
 * coloured ground), checked and stored like an upload, published, and attached to the items it names (the
 * item is then published again). Runs once, after the demo content import.
 */
final class DemoAssets {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAssets.class);
    static final String FILE = "demo-assets.yaml";

    private final AssetStore store;
    private final UploadInspector inspector;
    private final Publisher publisher;
    private final ContentRepository repository;

    DemoAssets(AssetStore store, UploadInspector inspector, Publisher publisher, ContentRepository repository) {
        this.store = store;
        this.inspector = inspector;
        this.publisher = publisher;
        this.repository = repository;
    }

    int run(Path lightModules) {
        int count = 0;
        if (!Files.isDirectory(lightModules)) {
            return 0;
        }
        try (Stream<Path> modules = Files.list(lightModules)) {
            for (Path module : modules.sorted().toList()) {
                Path file = module.resolve(FILE);
                if (Files.isRegularFile(file)) {
                    count += load(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Demo assets not read: {}", e.getMessage());
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private int load(Path file) throws IOException {
        Map<String, Object> tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = new Yaml().load(in);
        }
        String folderName = String.valueOf(tree.getOrDefault("folder", "demo"));
        String folderPath = "/" + folderName;
        boolean exists = store.folders(Tree.AUTHOR).contains(folderPath);
        Asset folder = exists ? null : store.createFolder("/", folderName, "system");
        int count = 0;
        for (Map<String, Object> image : (List<Map<String, Object>>) tree.getOrDefault("images", List.of())) {
            String name = String.valueOf(image.get("name"));
            byte[] png = draw(((List<Object>) image.getOrDefault("lines", List.of(name))).stream().map(String::valueOf).toList(),
                    Color.decode(String.valueOf(image.getOrDefault("background", "#0b5cad"))));
            UploadInspector.Inspected checked = inspector.inspect(name + ".png", png);
            Map<String, String> alternative = new java.util.LinkedHashMap<>();
            ((Map<Object, Object>) image.getOrDefault("alternative", Map.of()))
                    .forEach((k, v) -> alternative.put(String.valueOf(k), String.valueOf(v)));
            Asset asset = store.create(folder != null ? folder.path() : folderPath, checked,
                    new AssetMetadata(str(image, "title"), str(image, "description"), str(image, "caption"),
                            str(image, "copyright"), str(image, "license"), alternative), "system");
            publisher.publish(AssetStore.WORKSPACE, store.publishPaths(asset.id()), false, "system");
            for (Map<String, Object> target : (List<Map<String, Object>>) image.getOrDefault("attach", List.of())) {
                attach(str(target, "workspace"), str(target, "path"), str(target, "property"), asset.id());
            }
            count++;
        }
        return count;
    }

    private void attach(String workspace, String path, String property, String assetId) {
        String absolute = WorkspacePaths.absolute(workspace, path);
        boolean done = repository.write(Tree.AUTHOR, "demoAssets.attach", session -> {
            if (!session.nodeExists(absolute)) {
                return false;
            }
            session.getNode(absolute).setProperty(property, "jcr:" + assetId);
            return true;
        });
        if (done) {
            publisher.publish(workspace, path, false, "system");
        } else {
            LOG.warn("Demo asset not attached: no item {}:{}", workspace, path);
        }
    }

    private static String str(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    /** A 1200×630 picture: the lines centred in white, bold sans-serif, on the colour with a lighter band. */
    static byte[] draw(List<String> lines, Color background) {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, 1200, 630);
            g.setColor(background.brighter());
            g.fillOval(780, -180, 620, 620);
            g.setColor(Color.WHITE);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 72);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            List<String> shown = new ArrayList<>(lines);
            int lineHeight = metrics.getHeight();
            int y = (630 - lineHeight * shown.size()) / 2 + metrics.getAscent();
            for (String line : shown) {
                int width = metrics.stringWidth(line);
                g.drawString(line, Math.max(40, (1200 - width) / 2), y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
