package de.quartiersnetz.cms.modules;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What the light-modules directory looks like on disk: every entry with size and modification time. Files
 * changed in the last few seconds also get a checksum, because on file systems with coarse timestamps two
 * writes of equal size within one tick would otherwise look the same.
 */
final class DirectoryFingerprint {

    private static final long RECENT_MILLIS = 5_000;
    private static final long MAX_CHECKSUM_BYTES = 1 << 20;
    private static final long NO_CHECKSUM = -1;

    private record Entry(boolean directory, long size, long modified, long checksum) {

        boolean sameAs(Entry other) {
            return directory == other.directory && size == other.size && modified == other.modified
                    && (checksum == NO_CHECKSUM || other.checksum == NO_CHECKSUM || checksum == other.checksum);
        }
    }

    private final Map<String, Entry> entries;

    private DirectoryFingerprint(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static DirectoryFingerprint of(Path root) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return new DirectoryFingerprint(entries);
        }
        long now = System.currentTimeMillis();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (ModuleScanner.isHidden(dir) || "node_modules".equals(dir.getFileName().toString()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    entries.put(root.relativize(dir).toString(), new Entry(true, 0, 0, NO_CHECKSUM));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!ModuleScanner.isHidden(file)) {
                        long modified = attrs.lastModifiedTime().toMillis();
                        long checksum = now - modified < RECENT_MILLIS ? checksum(file, attrs.size()) : NO_CHECKSUM;
                        entries.put(root.relativize(file).toString(), new Entry(false, attrs.size(), modified, checksum));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Vanished while walking, or a symlink loop: the next poll sees the settled state.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Same as above: a partial picture differs from the last one and triggers a reload at worst.
        }
        return new DirectoryFingerprint(entries);
    }

    boolean sameAs(DirectoryFingerprint other) {
        if (!entries.keySet().equals(other.entries.keySet())) {
            return false;
        }
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (!entry.getValue().sameAs(other.entries.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static long checksum(Path file, long size) {
        if (size > MAX_CHECKSUM_BYTES) {
            return NO_CHECKSUM;
        }
        try {
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(file));
            return crc.getValue();
        } catch (IOException e) {
            return NO_CHECKSUM;
        }
    }
}
