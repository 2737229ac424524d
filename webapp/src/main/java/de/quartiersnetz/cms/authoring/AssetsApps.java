package de.quartiersnetz.cms.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.security.Permissions;

/** The launcher's tile for the Assets app ("Medien"). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AssetsApps {
    @Bean
    BuiltInApp assetsApp(Permissions permissions) {
        return new BuiltInApp("assets", "assets.app.label", AssetsAppController.BASE, permissions::mayEdit);
    }
}
