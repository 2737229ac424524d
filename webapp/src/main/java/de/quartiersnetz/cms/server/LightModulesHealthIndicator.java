package de.quartiersnetz.cms.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.delivery.DeliveryEndpoints;
import de.quartiersnetz.cms.modules.DefinitionProblem;
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
    private final ObjectProvider<DeliveryEndpoints> endpoints;

    LightModulesHealthIndicator(DefinitionRegistry registry, QuartiersnetzProperties properties,
                                ObjectProvider<DeliveryEndpoints> endpoints) {
        this.registry = registry;
        this.properties = properties;
        this.endpoints = endpoints;
    }

    @Override
    public Health health() {
        List<DefinitionProblem> all = new ArrayList<>(registry.problems());
        endpoints.ifAvailable(served -> all.addAll(served.problems()));
        List<Map<String, Object>> problems = all.stream()
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
