package de.quartiersnetz.cms.assets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Named image variants ({@code thumbnail}, {@code teaser-webp}, ..., from {@link AssetProperties}, less the formats
 * this machine cannot write), made with Thumbnailator on the first request for a published asset and kept on disk at
 * {@code <data-dir>/renditions/<id>/<version>/<name>.<ext>}. A new version (replaced binary) gets new files; old
 * ones are never served again because their URLs carry the old version.
 */
public final class Renditions {
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
                BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = rgb.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
                g.dispose();
                image = rgb;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), name, ".part");
            try (var out = Files.newOutputStream(temp)) {
                Thumbnails.of(image).width(Math.min(rendition.width(), image.getWidth()))
                        .outputFormat(rendition.extension()).outputQuality(0.85)
                        .toOutputStream(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make rendition " + name + " of " + asset.id() + ": " + e.getMessage(), e);
        }
    }
}
