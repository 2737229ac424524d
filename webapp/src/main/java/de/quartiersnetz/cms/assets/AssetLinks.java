package de.quartiersnetz.cms.assets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.quartiersnetz.cms.repository.Tree;

/**
 * Links to published assets for the site and the delivery API (the site's {@code damfn}): Magnolia-like URLs,
 * {@code /dam/jcr:<uuid>/<fileName>} for the original and
 * {@code /.imaging/<rendition>/dam/jcr:<uuid>/<version>/<fileName>} for a rendition. Every method answers
 * for the live tree only: a draft asset has no link.
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

    /** {@code /dam/jcr:<uuid>/<fileName>}, or empty if not published. */
    public Optional<String> link(String identifier) {
        return asset(identifier).map(AssetLinks::originalLink);
    }

    public Optional<String> renditionLink(String identifier, String rendition) {
        if (!renditions.definitions().containsKey(rendition)) {
            return Optional.empty();
        }
        return asset(identifier).filter(Asset::isImage).map(asset -> renditionLink(asset, rendition));
    }

    /** {@code srcset} for {@code <img>}: every rendition, narrowest first, with its width (never wider than the original). */
    public Optional<String> srcset(String identifier) {
        return asset(identifier).filter(Asset::isImage).map(asset -> renditions.definitions().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getValue().width()))
                .map(e -> renditionLink(asset, e.getKey()) + " " + Math.min(e.getValue().width(), asset.width()) + "w")
                .distinct().collect(Collectors.joining(", ")));
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

    public static String originalLink(Asset asset) {
        return "/dam/jcr:" + asset.id() + "/" + encode(asset.fileName());
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
