package de.quartiersnetz.cms.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Named image variants ({@code thumbnail}, {@code teaser-webp}, ..., from {@link AssetProperties}, less the formats
 * this machine cannot write), made with Thumbnailator on the first request for a published asset and kept on disk
 * at {@code <data-dir>/renditions/<id>/<version>/<name>.<ext>}. A new version (replaced binary) gets new files;
 * {@link #prune()} removes those of old versions and of assets no longer published.
 */
public final class Renditions {
    private static final Logger LOG = LoggerFactory.getLogger(Renditions.class);
    /** A generation that was cut off (crash, kill) leaves its temporary file; older ones than this are removed. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    private final AssetStore store;
    private final Map<String, AssetProperties.Rendition> definitions;
    private final Path cache;

    public Renditions(AssetStore store, Map<String, AssetProperties.Rendition> definitions, Path cache) {
        this.store = store;
        this.definitions = Map.copyOf(definitions);
        this.cache = cache;
    }

    public Map<String, AssetProperties.Rendition> definitions() {
        return definitions;
    }

    /** The rendition file of a live image, made now if missing; empty if the asset, the image or the name is unknown. */
    public Optional<Path> file(Asset asset, String name) {
        AssetProperties.Rendition rendition = definitions.get(name);
        if (rendition == null || !asset.isImage()) {
            return Optional.empty();
        }
        Path target = cache.resolve(asset.id()).resolve(asset.version()).resolve(name + "." + rendition.extension());
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        Optional<byte[]> original = store.binary(Tree.LIVE, asset.id());
        if (original.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(original.get()));
            if (image == null) {
                return Optional.empty();
            }
            if (rendition.format().equals("jpeg") && image.getColorModel().hasAlpha()) {
                image = onWhite(image);
            }
            // Written beside the asset folders, moved in when complete: a prune never meets a half-written file.
            Files.createDirectories(cache);
            Path temp = Files.createTempFile(cache, name, ".part");
            try {
                try (var out = Files.newOutputStream(temp)) {
                    Thumbnails.of(image).width(Math.min(rendition.width(), image.getWidth()))
                            .outputFormat(rendition.extension()).outputQuality(0.85).toOutputStream(out);
                }
                Files.createDirectories(target.getParent());
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.of(target);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make rendition " + name + " of " + asset.id() + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /**
     * Deletes what no link reaches any more: the files of every version but the live one, all files of an asset
     * that is no longer a published image, and abandoned temporary files. The cache then holds at most one
     * version per published image, one file per rendition.
     *
     * @return the number of folders and files removed
     */
    public int prune() {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(cache)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    removed += pruneAsset(entry);
                } else if (isAbandoned(entry)) {
                    removed += delete(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the rendition cache " + cache + ": " + e.getMessage(), e);
        }
        return removed;
    }

    private int pruneAsset(Path folder) {
        String current = store.find(Tree.LIVE, folder.getFileName().toString())
                .filter(Asset::isImage).map(Asset::version).orElse(null);
        if (current == null) {
            return delete(folder);
        }
        int removed = 0;
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder)) {
            for (Path version : versions) {
                if (!version.getFileName().toString().equals(current)) {
                    removed += delete(version);
                }
            }
        } catch (IOException e) {
            LOG.debug("rendition cache: {} not pruned now: {}", folder, e.toString());
        }
        return removed;
    }

    private static boolean isAbandoned(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".part")
                && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(ABANDONED));
    }

    /** 1 if gone; 0 if a request wrote into it meanwhile (the next prune takes it). */
    private static int delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return 1;
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("rendition cache: {} not removed now: {}", path, e.toString());
            return 0;
        }
    }
}
