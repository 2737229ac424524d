package de.quartiersnetz.cms.assets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Links to published assets for the site and the delivery API (the site's {@code damfn}): Magnolia-like URLs with
 * the asset's version in the path, {@code /dam/jcr:<uuid>/<version>/<fileName>} for the original and
 * {@code /.imaging/<rendition>/dam/jcr:<uuid>/<version>/<fileName>} for a rendition, so that they can be cached
 * for a year and a replaced file gets new links. Every method answers for the live tree only: a draft asset has
 * no link.
 */
public final class AssetLinks {
    private final AssetStore store;
    private final Renditions renditions;

    public AssetLinks(AssetStore store, Renditions renditions) {
        this.store = store;
        this.renditions = renditions;
    }

    /** The published asset (title, mime type, size, ...), for lists of PDFs and the like. */
    public Optional<Asset> asset(String identifier) {
        return store.find(Tree.LIVE, identifier);
    }

    /** {@code /dam/jcr:<uuid>/<version>/<fileName>}, or empty if not published. */
    public Optional<String> link(String identifier) {
        return asset(identifier).map(AssetLinks::originalLink);
    }

    public Optional<String> renditionLink(String identifier, String rendition) {
        if (!renditions.definitions().containsKey(rendition)) {
            return Optional.empty();
        }
        return asset(identifier).filter(Asset::isImage).map(asset -> renditionLink(asset, rendition));
    }

    /**
     * {@code srcset} for {@code <img>}: the renditions every browser shows (JPEG, PNG), narrowest first, each with
     * its width (never wider than the original; of renditions that come out equally wide only the first).
     */
    public Optional<String> srcset(String identifier) {
        return srcset(identifier, rendition -> !rendition.isWebp());
    }

    /** {@code srcset} of the renditions in one format, e.g. {@code webp} for {@code <picture><source type="image/webp">}. */
    public Optional<String> srcset(String identifier, String format) {
        return srcset(identifier, rendition -> rendition.format().equals(format));
    }

    private Optional<String> srcset(String identifier, Predicate<AssetProperties.Rendition> included) {
        return asset(identifier).filter(Asset::isImage).map(asset -> {
            Map<Integer, String> byWidth = new TreeMap<>();
            renditions.definitions().entrySet().stream().filter(e -> included.test(e.getValue()))
                    .sorted(Comparator.comparingInt((Map.Entry<String, AssetProperties.Rendition> e) -> e.getValue().width())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> byWidth.putIfAbsent(Math.min(e.getValue().width(), asset.width()),
                            renditionLink(asset, e.getKey())));
            return byWidth.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + "w")
                    .collect(Collectors.joining(", "));
        }).filter(srcset -> !srcset.isEmpty());
    }

    /** Alt text in the locale's language (else the default language's); empty string for a missing asset. */
    public String alt(String identifier, Locale locale) {
        return asset(identifier).flatMap(a -> a.alt(locale == null ? "" : locale.getLanguage())).orElse("");
    }

    /** Rendition name → mime type and link, as the delivery API shows them. */
    public Map<String, Map<String, String>> renditions(Asset asset, java.util.List<String> names) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        if (!asset.isImage()) {
            return out;
        }
        for (String name : names.isEmpty() ? renditions.definitions().keySet().stream().sorted().toList() : names) {
            AssetProperties.Rendition rendition = renditions.definitions().get(name);
            if (rendition != null) {
                out.put(name, Map.of("mimeType", rendition.mimeType(), "link", renditionLink(asset, name)));
            }
        }
        return out;
    }

    /**
     * A published asset as Magnolia's {@code assetReferenceResolver} shows it: {@code @name, @path, @id (jcr:<uuid>),
     * @link, metadata{...}, renditions{<name>:{mimeType, link}}}; empty if the asset is not published.
     *
     * @param renditionNames the endpoint's {@code assetRenditions}; all configured renditions when empty
     * @param languages      language chain for the alt text, first match wins
     */
    public Optional<Map<String, Object>> deliveryJson(String identifier, java.util.List<String> renditionNames,
                                                      java.util.List<String> languages) {
        return asset(identifier).map(asset -> {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("@name", asset.name());
            json.put("@path", asset.path());
            json.put("@id", "jcr:" + asset.id());
            json.put("@link", originalLink(asset));
            Map<String, Object> metadata = new java.util.LinkedHashMap<>();
            metadata.put("fileName", asset.fileName());
            metadata.put("mimeType", asset.mimeType());
            metadata.put("fileSize", Long.toString(asset.size()));
            if (asset.isImage()) {
                metadata.put("height", Integer.toString(asset.height()));
                metadata.put("width", Integer.toString(asset.width()));
            }
            metadata.put("title", asset.title());
            putIfPresent(metadata, "caption", asset.caption());
            putIfPresent(metadata, "description", asset.description());
            putIfPresent(metadata, "copyright", asset.copyright());
            putIfPresent(metadata, "license", asset.license());
            String alt = "";
            for (String language : languages) {
                String text = asset.alternative().get(language);
                if (text != null && !text.isBlank()) {
                    alt = text;
                    break;
                }
            }
            if (alt.isEmpty()) {
                alt = asset.alt("").orElse("");
            }
            putIfPresent(metadata, "alternative", alt);
            putIfPresent(metadata, "date", asset.lastModified());
            json.put("metadata", metadata);
            json.put("renditions", renditions(asset, renditionNames));
            return json;
        });
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** The original with its version, {@code /dam/jcr:<uuid>/<version>/<fileName>}: a new binary gets a new link. */
    public static String originalLink(Asset asset) {
        return "/dam/jcr:" + asset.id() + "/" + asset.version() + "/" + encode(asset.fileName());
    }

    public String renditionLink(Asset asset, String rendition) {
        AssetProperties.Rendition definition = renditions.definitions().get(rendition);
        String fileName = FileNames.baseName(asset.fileName()) + "." + definition.extension();
        return "/.imaging/" + rendition + "/dam/jcr:" + asset.id() + "/" + asset.version() + "/" + encode(fileName);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
