package de.quartiersnetz.cms.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.repository.ContentRepository;

/** The project's real light modules on a real Oak repository in a temp folder, wired without Spring. */
final class ProjectContent implements AutoCloseable {
    static final Path LIGHT_MODULES = Path.of("..", "light-modules").toAbsolutePath().normalize();

    final ContentRepository repository;
    final DefinitionRegistry registry;
    final ContentWriter writer;

    ProjectContent(Path dataDir) {
        repository = ContentRepository.open(dataDir);
        LightModuleLoader loader = new LightModuleLoader(LIGHT_MODULES);
        loader.load();
        registry = loader.registry();
        registry.contentTypes().forEach(type -> {
            repository.ensureWorkspace(type.workspace());
            repository.ensureItemType(type.nodeType(), type.namespaces());
        });
        writer = new ContentWriter(repository, registry, new ContentValidator(registry, List.of("de", "en")),
                Clock.system(ZoneId.of("Europe/Berlin")));
    }

    List<ContentRef> importDemo() {
        ExportYamlReader reader = new ExportYamlReader();
        List<ImportFile> files = registry.bootstrapFiles().stream().map(reader::read).toList();
        return writer.importFiles(files, "test", ImportProgress.NONE);
    }

    @Override
    public void close() {
        repository.close();
    }
}
