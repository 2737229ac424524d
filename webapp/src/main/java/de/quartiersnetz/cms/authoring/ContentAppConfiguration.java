package de.quartiersnetz.cms.authoring;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.search.ContentIndexes;

/** The content apps' browser and actions, over the author tree and its search index (never the live one). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContentAppConfiguration {

    @Bean
    ContentApps contentApps(DefinitionRegistry registry) {
        return new ContentApps(registry);
    }

    @Bean
    BrowserListing browserListing(ContentIndexes indexes, ContentRepository repository) {
        return new BrowserListing(indexes.author(), repository);
    }

    @Bean
    BrowserViews browserViews(MessageSource messages, Clock clock) {
        return new BrowserViews(messages, clock.getZone());
    }

    @Bean
    BrowserPages browserPages(ContentApps apps, BrowserListing listing, BrowserViews views, MessageSource messages) {
        return new BrowserPages(apps, listing, views, messages);
    }

    @Bean
    ContentActions contentActions(ContentWriter writer, Publisher publisher, ContentRepository repository,
                                  ContentIndexes indexes) {
        return new ContentActions(writer, publisher, repository, indexes.author());
    }
}
