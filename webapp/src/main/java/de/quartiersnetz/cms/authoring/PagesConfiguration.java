package de.quartiersnetz.cms.authoring;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentValidator;
import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.content.PageTemplates;
import de.quartiersnetz.cms.content.PageWriter;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;

/** The Pages app: its launcher tile and the page read and write paths it uses. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PagesConfiguration {
    static final String BASE = "/.magnolia/admincentral/pages";

    @Bean
    BuiltInApp pagesApp() {
        return new BuiltInApp("pages", "pages.app.label", BASE);
    }

    @Bean
    PageTemplates pageTemplates(DefinitionRegistry registry) {
        return new PageTemplates(registry);
    }

    @Bean
    PageReader pageReader(ContentRepository repository, PageTemplates templates, ContentLanguages languages) {
        return new PageReader(repository, templates, languages);
    }

    @Bean
    PageWriter pageWriter(ContentRepository repository, PageTemplates templates, ContentValidator validator,
                          ContentLanguages languages, Clock clock) {
        return new PageWriter(repository, templates, validator, languages, clock);
    }
}
