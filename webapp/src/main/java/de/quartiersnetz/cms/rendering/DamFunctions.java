package de.quartiersnetz.cms.rendering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.assets.Asset;
import de.quartiersnetz.cms.assets.AssetLinks;

/**
 * {@code damfn} in templates, with Magnolia's names: an item key is {@code jcr:<identifier>} (the bare identifier
 * works too), as a {@code damLinkField} stores it. Only published assets are found, also in the author preview, so
 * a page never links to a file the public cannot fetch. Beyond Magnolia: {@code srcset} and {@code alt}. Links
 * carry the asset's version, so a replaced file gets new ones.
 */
public final class DamFunctions {
    private final AssetLinks assets;
    private final Locale locale;

    DamFunctions(AssetLinks assets, Locale locale) {
        this.assets = assets;
        this.locale = locale;
    }

    /** The asset as a map ({@code title, caption, description, copyright, license, alternative, fileName, extension,
     * mimeType, fileSize, sizeLabel, width, height, image, link}), or {@code null}. */
    public Map<String, Object> getAsset(String itemKey) {
        return asset(itemKey).map(this::describe).orElse(null);
    }

    /** Magnolia's name for the same map. */
    public Map<String, Object> getAssetMap(String itemKey) {
        return getAsset(itemKey);
    }

    /** Link to the original file, or {@code null}. */
    public String getAssetLink(String itemKey) {
        return identifier(itemKey).flatMap(assets::link).orElse(null);
    }

    /** Link to the named rendition of an image, or {@code null} (no such rendition, or not an image). */
    public String getAssetLink(String itemKey, String renditionName) {
        return identifier(itemKey).flatMap(id -> assets.renditionLink(id, renditionName)).orElse(null);
    }

    /** {@code {link, mimeType}} of the named rendition, or {@code null}. */
    public Map<String, String> getRendition(String itemKey, String renditionName) {
        return asset(itemKey).map(asset -> assets.renditions(asset, java.util.List.of(renditionName)).get(renditionName))
                .orElse(null);
    }

    /** The JPEG/PNG renditions with their widths, for {@code <img srcset>}; {@code null} when not a published image. */
    public String srcset(String itemKey) {
        return identifier(itemKey).flatMap(assets::srcset).orElse(null);
    }

    /**
     * The renditions in one format ({@code webp}) with their widths, for {@code <picture><source srcset>};
     * {@code null} when not a published image or when no rendition has that format (WebP not writable here).
     */
    public String srcset(String itemKey, String format) {
        return identifier(itemKey).flatMap(id -> assets.srcset(id, format)).orElse(null);
    }

    /** Alt text in the page's language (else another language's); empty when there is none. */
    public String alt(String itemKey) {
        return identifier(itemKey).map(id -> assets.alt(id, locale)).orElse("");
    }

    private Optional<Asset> asset(String itemKey) {
        return identifier(itemKey).flatMap(assets::asset);
    }

    private static Optional<String> identifier(String itemKey) {
        if (itemKey == null || itemKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(itemKey.startsWith("jcr:") ? itemKey.substring(4) : itemKey);
    }

    private Map<String, Object> describe(Asset asset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("itemKey", "jcr:" + asset.id());
        map.put("title", asset.label());
        putText(map, "caption", asset.caption());
        putText(map, "description", asset.description());
        putText(map, "copyright", asset.copyright());
        putText(map, "license", asset.license());
        map.put("alternative", asset.alt(locale.getLanguage()).orElse(""));
        map.put("fileName", asset.fileName());
        map.put("extension", asset.extension());
        map.put("mimeType", asset.mimeType());
        map.put("fileSize", asset.size());
        map.put("sizeLabel", asset.sizeLabel());
        map.put("image", asset.isImage());
        if (asset.isImage()) {
            map.put("width", asset.width());
            map.put("height", asset.height());
        }
        map.put("link", AssetLinks.originalLink(asset));
        return map;
    }

    private static void putText(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
