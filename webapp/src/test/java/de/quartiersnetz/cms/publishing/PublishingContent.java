package de.quartiersnetz.cms.publishing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ContentValidator;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.SessionWork;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * Light modules (the project's own unless told otherwise) on a real Oak repository in a temp folder, with the
 * write path, publishing and versions wired without Spring, on a clock the test moves.
 */
final class PublishingContent implements AutoCloseable {
    static final Path LIGHT_MODULES = Path.of("..", "light-modules").toAbsolutePath().normalize();
    static final List<String> LANGUAGES = List.of("de", "en");

    final TestClock clock = new TestClock(Instant.parse("2026-11-02T08:00:00Z"));
    final ContentRepository repository;
    final LightModuleLoader loader;
    final DefinitionRegistry registry;
    final ContentWriter writer;
    final Publisher publisher;
    final VersionHistory history;

    PublishingContent(Path dataDir) {
        this(dataDir, LIGHT_MODULES);
    }

    PublishingContent(Path dataDir, Path lightModules) {
        repository = ContentRepository.open(dataDir);
        loader = new LightModuleLoader(lightModules);
        loader.load();
        registry = loader.registry();
        registry.contentTypes().forEach(type -> {
            repository.ensureWorkspace(type.workspace());
            repository.ensureItemType(type.nodeType(), type.namespaces());
        });
        writer = new ContentWriter(repository, registry, new ContentValidator(registry, LANGUAGES), clock);
        publisher = new Publisher(repository, clock);
        history = new VersionHistory(repository, registry, writer, LANGUAGES);
    }

    /** The demo's content items (the files of workspaces a content type stores, so not the demo site's pages). */
    List<ContentRef> importDemo() {
        ExportYamlReader reader = new ExportYamlReader();
        List<ImportFile> files = registry.bootstrapFiles().stream()
                .filter(file -> registry.findContentTypeByWorkspace(ImportFile.workspaceOf(file)).isPresent())
                .map(reader::read).toList();
        return writer.importFiles(files, "import", ImportProgress.NONE);
    }

    <T> T read(Tree tree, SessionWork<T> work) {
        return repository.read(tree, "test", work);
    }

    /** A property's JCR string form, or null when the node or property is missing. */
    String property(Tree tree, String workspace, String path, String name) {
        return read(tree, session -> {
            String absolute = WorkspacePaths.absolute(workspace, path);
            if (!session.nodeExists(absolute) || !session.getNode(absolute).hasProperty(name)) {
                return null;
            }
            return session.getNode(absolute).getProperty(name).getString();
        });
    }

    @Override
    public void close() {
        repository.close();
    }
}
