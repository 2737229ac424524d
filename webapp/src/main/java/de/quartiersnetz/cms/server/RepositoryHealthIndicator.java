package de.quartiersnetz.cms.server;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/** Health component {@code repository}: both trees answer, with their workspaces. */
@Component("repository")
class RepositoryHealthIndicator implements HealthIndicator {
    private final ContentRepository repository;
    private final QuartiersnetzProperties properties;

    RepositoryHealthIndicator(ContentRepository repository, QuartiersnetzProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public Health health() {
        try {
            return Health.up()
                    .withDetail("dataDir", properties.dataDir().toAbsolutePath().toString())
                    .withDetail("store", "oak-segment-tar")
                    .withDetail("authorWorkspaces", repository.workspaces(Tree.AUTHOR))
                    .withDetail("liveWorkspaces", repository.workspaces(Tree.LIVE))
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
