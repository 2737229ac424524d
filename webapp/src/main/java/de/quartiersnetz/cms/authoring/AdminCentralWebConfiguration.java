package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** AdminCentral's static files and UI language: German unless the browser prefers English. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminCentralWebConfiguration implements WebMvcConfigurer {
    static final String STATIC_PATH = "/.magnolia/static/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(STATIC_PATH + "**").addResourceLocations("classpath:/admincentral/static/");
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.GERMAN, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.GERMAN);
        return resolver;
    }
}
