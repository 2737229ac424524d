package de.quartiersnetz.cms.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A light-modules directory for one test: a copy of a fixture or files written inline. */
final class LightModulesDir {

    private final Path root;

    private LightModulesDir(Path root) {
        this.root = root;
    }

    /** An empty light-modules directory below {@code tempDir}. */
    static LightModulesDir in(Path tempDir) {
        Path root = tempDir.resolve("light-modules");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LightModulesDir(root);
    }

    /** A copy of {@code src/test/resources/fixtures/modules/<fixture>} below {@code tempDir}, free to modify. */
    static LightModulesDir copyOf(String fixture, Path tempDir) {
        LightModulesDir dir = in(tempDir);
        Path source = fixturePath(fixture);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = dir.root.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static Path fixturePath(String fixture) {
        URL url = LightModulesDir.class.getResource("/fixtures/modules/" + fixture);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + fixture);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path root() {
        return root;
    }

    Path path(String relativePath) {
        return root.resolve(relativePath);
    }

    /** Writes one file (lines joined with newlines), creating its folders. */
    LightModulesDir write(String relativePath, String... lines) {
        Path file = path(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LightModulesDir delete(String relativePath) {
        try {
            Files.delete(path(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LightModuleLoader loader() {
        return new LightModuleLoader(root);
    }

    /** A freshly loaded registry. */
    DefinitionRegistry load() {
        LightModuleLoader loader = loader();
        loader.load();
        return loader.registry();
    }
}
