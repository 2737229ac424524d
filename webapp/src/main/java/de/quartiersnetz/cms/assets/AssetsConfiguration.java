package de.quartiersnetz.cms.assets;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.repository.ContentRepository;

/** The DAM's beans: store, upload checks, renditions and their cache sweeper, links and referrers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssetProperties.class)
public class AssetsConfiguration {
    @Bean
    AssetStore assetStore(ContentRepository repository, Clock clock,
                          @Value("${quartiersnetz.languages:de,en}") List<String> languages) {
        return new AssetStore(repository, clock, languages);
    }

    @Bean
    UploadInspector uploadInspector(AssetProperties properties) {
        return new UploadInspector(properties.maxSize().toBytes());
    }

    @Bean
    Renditions renditions(AssetStore store, AssetProperties properties,
                          @Value("${quartiersnetz.data-dir:data}") Path dataDir) {
        return new Renditions(store, RenditionFormats.writable(properties.renditions()), dataDir.resolve("renditions"));
    }

    /** Only where renditions are served; command-line runs (import, reindex, ...) leave the cache alone. */
    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    RenditionCacheSweeper renditionCacheSweeper(Renditions renditions, ContentRepository repository) {
        return new RenditionCacheSweeper(renditions, repository);
    }

    @Bean
    AssetLinks assetLinks(AssetStore store, Renditions renditions) {
        return new AssetLinks(store, renditions);
    }

    @Bean
    AssetReferrers assetReferrers(ContentRepository repository) {
        return new AssetReferrers(repository);
    }
}
