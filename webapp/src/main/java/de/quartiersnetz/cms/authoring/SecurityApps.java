package de.quartiersnetz.cms.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.quartiersnetz.cms.security.Permissions;

/** The launcher's tiles for the Security app and for changing one's own password. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityApps {
    @Bean
    BuiltInApp securityApp(Permissions permissions) {
        return new BuiltInApp("security", "security.app.label", SecurityAppController.BASE, permissions::mayManageUsers);
    }

    @Bean
    BuiltInApp accountApp() {
        return new BuiltInApp("account", "security.account.app.label", AccountController.PASSWORD);
    }
}
