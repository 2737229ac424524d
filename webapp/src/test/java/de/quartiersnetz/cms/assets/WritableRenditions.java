package de.quartiersnetz.cms.assets;

import java.util.TreeSet;

/** Run in a JVM of its own by {@link RenditionFormatsTest}: prints the default renditions this platform can write. */
final class WritableRenditions {
    private WritableRenditions() {
    }

    public static void main(String[] args) {
        System.out.println("writable: " + new TreeSet<>(
                RenditionFormats.writable(new AssetProperties(null, null, null).renditions()).keySet()));
    }
}
