package de.quartiersnetz.cms.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Roles include each other: superuser ⊃ publisher ⊃ editor. URL rules, {@code @PreAuthorize} expressions
 * (enabled here) and {@link Permissions} all follow this hierarchy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class RolesConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.SUPERUSER.name()).implies(Role.PUBLISHER.name())
                .role(Role.PUBLISHER.name()).implies(Role.EDITOR.name())
                .build();
    }

    @Bean
    Permissions permissions(RoleHierarchy roleHierarchy) {
        return new Permissions(roleHierarchy);
    }
}
