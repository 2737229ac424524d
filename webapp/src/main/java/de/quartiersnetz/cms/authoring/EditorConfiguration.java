package de.quartiersnetz.cms.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentReader;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.search.ContentIndexes;

/** The content editor's parts; the editor reads drafts and searches the author index only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EditorConfiguration {
    @Bean
    ContentReader contentReader(ContentRepository repository, DefinitionRegistry registry, ContentLanguages languages) {
        return new ContentReader(repository, registry, languages);
    }

    @Bean
    ReferencePicker referencePicker(ContentIndexes indexes, ContentReader reader) {
        return new ReferencePicker(indexes.author(), reader);
    }

    @Bean
    ReferenceTargets referenceTargets(DefinitionRegistry registry) {
        return new ReferenceTargets(registry);
    }
}
