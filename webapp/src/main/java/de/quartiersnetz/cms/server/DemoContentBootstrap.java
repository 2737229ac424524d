package de.quartiersnetz.cms.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.content.ContentRef;
import de.quartiersnetz.cms.content.ImportFile;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * On the first start with an empty repository, imports and publishes the {@code bootstrap/} files of
 * every light module (the demo content), as Magnolia's content importer would.
 */
@Component
@ConditionalOnWebApplication
class DemoContentBootstrap implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoContentBootstrap.class);

    private final QuartiersnetzProperties properties;
    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final ContentImport contentImport;
    private final DemoAssets demoAssets;

    DemoContentBootstrap(QuartiersnetzProperties properties, ContentRepository repository, DefinitionRegistry registry,
                         ContentImport contentImport, de.quartiersnetz.cms.assets.AssetStore assets,
                         de.quartiersnetz.cms.assets.UploadInspector inspector,
                         de.quartiersnetz.cms.publishing.Publisher publisher) {
        this.demoAssets = new DemoAssets(assets, inspector, publisher, repository);
        this.properties = properties;
        this.repository = repository;
        this.registry = registry;
        this.contentImport = contentImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoContent()) {
            return;
        }
        List<Path> files = ContentImport.yamlFiles(registry.bootstrapFiles());
        // First start: nothing yet in the workspaces the demo writes to (users exist from the first moment).
        Set<String> workspaces = files.stream().map(ImportFile::workspaceOf).collect(Collectors.toSet());
        if (files.isEmpty() || !repository.isEmpty(Tree.AUTHOR, workspaces)) {
            return;
        }
        try {
            List<ContentRef> imported = contentImport.run(files, true, "system", ImportProgress.NONE);
            LOG.info("Imported and published {} items from {} light-module bootstrap files", imported.size(), files.size());
        } catch (RuntimeException e) {
            LOG.error("Bootstrap content was not imported: {}", e.getMessage());
            return;
        }
        try {
            int images = demoAssets.run(properties.lightModules());
            if (images > 0) {
                LOG.info("Drew, published and attached {} demo images", images);
            }
        } catch (RuntimeException e) {
            LOG.error("Demo images were not made: {}", e.getMessage(), e);
        }
    }
}
