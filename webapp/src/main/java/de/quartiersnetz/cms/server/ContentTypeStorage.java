package de.quartiersnetz.cms.server;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;

/**
 * Gives every loaded content type its workspace and item node type in the repository, as Magnolia's
 * {@code autoCreate} does, whenever definitions are (re)loaded.
 */
final class ContentTypeStorage implements Consumer<DefinitionRegistry> {
    private static final Logger LOG = LoggerFactory.getLogger(ContentTypeStorage.class);
    private final ContentRepository repository;

    ContentTypeStorage(ContentRepository repository) {
        this.repository = repository;
    }

    @Override
    public void accept(DefinitionRegistry registry) {
        for (ContentTypeDefinition type : registry.contentTypes()) {
            try {
                repository.ensureWorkspace(type.workspace());
                repository.ensureItemType(type.nodeType(), type.namespaces());
            } catch (RuntimeException e) {
                LOG.warn("Content type '{}' ({}): cannot prepare workspace '{}': {}", type.name(), type.source(),
                        type.workspace(), e.getMessage());
            }
        }
    }
}
