package de.quartiersnetz.cms.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.search.ContentIndexes;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration implements WebMvcConfigurer {
    private final DeliveryProperties properties;

    DeliveryConfiguration(DeliveryProperties properties) {
        this.properties = properties;
    }

    @Bean
    DeliveryEndpoints deliveryEndpoints(DefinitionRegistry registry) {
        return new DeliveryEndpoints(properties, registry);
    }

    @Bean
    DeliveryRequestParser deliveryRequestParser(ContentLanguages languages) {
        return new DeliveryRequestParser(languages);
    }

    @Bean
    DeliveryService deliveryService(ContentRepository repository, ContentIndexes searchIndexes, ContentLanguages languages) {
        return new DeliveryService(repository, searchIndexes.live(), languages);
    }

    /** Emptied on every change of the live tree (by any cluster member) and on every definition reload. */
    @Bean(destroyMethod = "close")
    DeliveryResponseCache deliveryResponseCache(ContentRepository repository, DefinitionRegistry registry) {
        DeliveryResponseCache cache = new DeliveryResponseCache(properties.cacheEntries());
        cache.invalidatedBy(repository.observe(Tree.LIVE, changed -> cache.invalidate()));
        registry.addListener(reloaded -> cache.invalidate());
        return cache;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/.rest/**").allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD", "OPTIONS").exposedHeaders("ETag", "Last-Modified").maxAge(3600);
    }
}
