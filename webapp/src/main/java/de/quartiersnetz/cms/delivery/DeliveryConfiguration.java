package de.quartiersnetz.cms.delivery;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.ObjectMapper;

import de.quartiersnetz.cms.assets.AssetLinks;
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
    DeliveryService deliveryService(ContentRepository repository, ContentIndexes searchIndexes, ContentLanguages languages,
                                    DeliveryResponseCache cache, ObjectMapper json, AssetLinks assets) {
        return new DeliveryService(repository, searchIndexes.live(), languages, cache, json, assets);
    }

    /**
     * Emptied on every change of the live tree (by any cluster member), again once the live search index shows
     * it (lists answered in between would keep the old hits), and on every definition reload.
     */
    @Bean(destroyMethod = "close")
    DeliveryResponseCache deliveryResponseCache(ContentRepository repository, ContentIndexes searchIndexes,
                                                DefinitionRegistry registry) {
        DeliveryResponseCache cache = new DeliveryResponseCache(properties.cacheEntries());
        cache.invalidatedBy(repository.observe(Tree.LIVE, changed -> cache.invalidate()));
        cache.invalidatedBy(searchIndexes.live().onRefresh(cache::invalidate));
        registry.addListener(reloaded -> cache.invalidate());
        return cache;
    }

    /**
     * Forgotten after five idle minutes and deleted five minutes later: far beyond the socket write timeout that
     * bounds how long a response may take between naming its file and opening it.
     */
    @Bean(destroyMethod = "close")
    ResponseFiles responseFiles(@Value("${quartiersnetz.data-dir:data}") Path dataDir) {
        return new ResponseFiles(dataDir.resolve("delivery-responses"), properties.fileSpace().toBytes(),
                TimeUnit.MINUTES.toNanos(5), System::nanoTime);
    }

    @Bean
    CachedResponseWriter cachedResponseWriter(ResponseFiles files) {
        return new CachedResponseWriter(properties, files);
    }

    /** Ahead of every other filter, Spring Security's included: cache hits cost a map lookup and a write. */
    @Bean
    FilterRegistrationBean<DeliveryCacheFilter> deliveryCacheFilter(DeliveryResponseCache cache,
                                                                   CachedResponseWriter writer) {
        FilterRegistrationBean<DeliveryCacheFilter> registration =
                new FilterRegistrationBean<>(new DeliveryCacheFilter(cache, writer), new ServletRegistrationBean<?>[0]);
        registration.addUrlPatterns(DeliveryController.PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/.rest/**").allowedOrigins(properties.corsAllowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD", "OPTIONS").exposedHeaders("ETag", "Last-Modified").maxAge(3600);
    }
}
