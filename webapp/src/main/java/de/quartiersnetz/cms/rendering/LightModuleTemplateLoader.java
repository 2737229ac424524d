package de.quartiersnetz.cms.rendering;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModule;
import freemarker.cache.TemplateLoader;

/**
 * Resolves template script paths such as {@code /site/templates/pages/home.ftl} (as written in
 * {@code templateScript}) to files of the light module named by the first segment. Reads from disk each time
 * the cache asks, so edited scripts show up without a restart.
 */
final class LightModuleTemplateLoader implements TemplateLoader {
    private final DefinitionRegistry registry;

    LightModuleTemplateLoader(DefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object findTemplateSource(String name) {
        return resolve(name).orElse(null);
    }

    Optional<Path> resolve(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String moduleName = path.substring(0, slash);
        String rest = path.substring(slash + 1);
        for (LightModule module : registry.modules()) {
            if (module.name().equals(moduleName)) {
                Path root = module.root().toAbsolutePath().normalize();
                Path file = root.resolve(rest).normalize();
                if (file.startsWith(root) && Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public long getLastModified(Object templateSource) {
        try {
            return Files.getLastModifiedTime((Path) templateSource).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return Files.newBufferedReader((Path) templateSource, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
    }
}
