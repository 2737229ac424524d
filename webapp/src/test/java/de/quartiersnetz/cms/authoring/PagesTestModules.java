package de.quartiersnetz.cms.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import de.quartiersnetz.cms.server.TestLightModules;

/**
 * The project's light modules plus the test module {@code pages-test} (src/test/resources/fixtures/modules/pages):
 * page and component templates with every area rule and dialogs in the three Magnolia form styles.
 */
final class PagesTestModules {
    private PagesTestModules() {
    }

    static Path copyTo(Path target) {
        TestLightModules.copyTo(target);
        try {
            Path source = Path.of(PagesTestModules.class.getResource("/fixtures/modules/pages").toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    Path destination = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
