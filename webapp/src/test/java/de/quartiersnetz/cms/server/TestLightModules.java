package de.quartiersnetz.cms.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's own light modules, copied so a test can add or break files without touching the source. */
public final class TestLightModules {
    public static final Path SOURCE = Path.of("..", "light-modules").toAbsolutePath().normalize();

    private TestLightModules() {
    }

    public static Path copyTo(Path target) {
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path destination = target.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
