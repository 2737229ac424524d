package de.quartiersnetz.cms.server;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.content.ContentValidator;
import de.quartiersnetz.cms.content.ContentWriter;
import de.quartiersnetz.cms.content.ImportProgress;
import de.quartiersnetz.cms.content.ExportYamlReader;
import de.quartiersnetz.cms.content.ExportYamlWriter;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModuleLoader;
import de.quartiersnetz.cms.modules.LightModuleWatcher;
import de.quartiersnetz.cms.publishing.Publisher;
import de.quartiersnetz.cms.publishing.VersionHistory;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.search.ContentIndex;
import de.quartiersnetz.cms.search.ContentIndexes;

/** Wires the runtime's plain-Java parts together; shared by the server and the command-line tools. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuartiersnetzProperties.class)
class RuntimeConfiguration {

    @Bean
    FilterRegistrationBean<HealthPathFilter> healthPathFilter() {
        FilterRegistrationBean<HealthPathFilter> registration = new FilterRegistrationBean<>(new HealthPathFilter());
        registration.addUrlPatterns(HealthPathFilter.HEALTH + "*");
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }

    @Bean(destroyMethod = "close")
    ContentRepository contentRepository(QuartiersnetzProperties properties) {
        return ContentRepository.open(properties.dataDir());
    }

    @Bean
    LightModuleLoader lightModuleLoader(QuartiersnetzProperties properties, ContentRepository repository) {
        LightModuleLoader loader = new LightModuleLoader(properties.lightModules());
        loader.registry().addListener(new ContentTypeStorage(repository));
        loader.load();
        return loader;
    }

    @Bean
    DefinitionRegistry definitionRegistry(LightModuleLoader loader) {
        return loader.registry();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    LightModuleWatcher lightModuleWatcher(LightModuleLoader loader, QuartiersnetzProperties properties) {
        LightModuleWatcher watcher = new LightModuleWatcher(loader, Duration.ofMillis(300));
        if (properties.watchLightModules()) {
            watcher.start();
        }
        return watcher;
    }

    @Bean
    ContentLanguages contentLanguages(QuartiersnetzProperties properties) {
        return new ContentLanguages(properties.languages());
    }

    @Bean
    ContentValidator contentValidator(DefinitionRegistry registry, ContentLanguages languages) {
        return new ContentValidator(registry, languages.all());
    }

    /**
     * Each tree's search index: rebuilt when it may have missed changes, then kept current from events. The
     * {@code reindex} command turns the rebuild on open off ({@link #REBUILD_STALE_INDEXES}): it rebuilds anyway.
     */
    @Bean(destroyMethod = "close")
    ContentIndexes contentIndexes(QuartiersnetzProperties properties, ContentRepository repository,
                                  @Value("${" + REBUILD_STALE_INDEXES + ":true}") boolean rebuildStale) {
        return new ContentIndexes(openIndex(properties, repository, Tree.LIVE, rebuildStale),
                openIndex(properties, repository, Tree.AUTHOR, rebuildStale));
    }

    static final String REBUILD_STALE_INDEXES = "quartiersnetz.rebuild-stale-indexes";

    private static ContentIndex openIndex(QuartiersnetzProperties properties, ContentRepository repository, Tree tree,
                                          boolean rebuildStale) {
        ContentIndex index = new ContentIndex(properties.dataDir().resolve("index").resolve(tree.folderName()),
                repository, tree);
        // Following first: changes made while the rebuild runs are applied after it.
        index.startFollowing();
        if (rebuildStale && index.needsRebuild()) {
            index.rebuild(ImportProgress.NONE);
        }
        return index;
    }

    @Bean
    ContentWriter contentWriter(ContentRepository repository, DefinitionRegistry registry, ContentValidator validator,
                                Clock clock) {
        return new ContentWriter(repository, registry, validator, clock);
    }

    @Bean
    Publisher publisher(ContentRepository repository, Clock clock) {
        return new Publisher(repository, clock);
    }

    @Bean
    VersionHistory versionHistory(ContentRepository repository, DefinitionRegistry registry, ContentWriter writer,
                                  ContentLanguages languages) {
        return new VersionHistory(repository, registry, writer, languages.all());
    }

    @Bean
    ExportYamlReader exportYamlReader() {
        return new ExportYamlReader();
    }

    @Bean
    ExportYamlWriter exportYamlWriter() {
        return new ExportYamlWriter();
    }
}
