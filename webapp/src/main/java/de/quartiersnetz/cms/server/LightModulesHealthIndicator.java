package de.quartiersnetz.cms.server;

import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.LightModule;

/**
 * Health component {@code lightModules}: what was loaded, and every definition problem with file, line
 * and reason. Broken files never take the server down, so problems are details, not a DOWN status.
 */
@Component("lightModules")
class LightModulesHealthIndicator implements HealthIndicator {
    private final DefinitionRegistry registry;
    private final QuartiersnetzProperties properties;

    LightModulesHealthIndicator(DefinitionRegistry registry, QuartiersnetzProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public Health health() {
        List<Map<String, Object>> problems = registry.problems().stream()
                .map(p -> Map.<String, Object>of("module", String.valueOf(p.module()), "file", String.valueOf(p.file()),
                        "line", p.line(), "message", p.message()))
                .toList();
        return Health.up()
                .withDetail("directory", properties.lightModules().toAbsolutePath().toString())
                .withDetail("modules", registry.modules().stream().map(LightModule::name).toList())
                .withDetail("contentTypes", registry.contentTypes().size())
                .withDetail("apps", registry.apps().size())
                .withDetail("problems", problems)
                .build();
    }
}
