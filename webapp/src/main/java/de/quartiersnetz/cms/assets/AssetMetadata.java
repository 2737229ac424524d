package de.quartiersnetz.cms.assets;

import java.util.Map;

/** What an editor enters about an asset; alt texts per language. */
public record AssetMetadata(String title, String description, String caption, String copyright, String license,
                            Map<String, String> alternative) {
    public AssetMetadata {
        alternative = alternative == null ? Map.of() : Map.copyOf(alternative);
    }

    public static AssetMetadata empty() {
        return new AssetMetadata("", "", "", "", "", Map.of());
    }
}
