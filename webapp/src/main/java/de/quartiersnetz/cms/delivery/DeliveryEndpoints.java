package de.quartiersnetz.cms.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.DefinitionProblem;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.MagnoliaYaml;

/**
 * The delivery endpoints of all light modules by URL path, rebuilt whenever definitions reload.
 * Endpoints of different modules share one URL namespace, as in Magnolia; the first module wins.
 */
public final class DeliveryEndpoints implements Consumer<DefinitionRegistry> {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEndpoints.class);

    private final EndpointReader reader;
    private volatile Map<String, DeliveryEndpoint> byPath = Map.of();
    private volatile List<DefinitionProblem> problems = List.of();

    public DeliveryEndpoints(DeliveryProperties properties, DefinitionRegistry registry) {
        this.reader = new EndpointReader(properties);
        accept(registry);
        registry.addListener(this);
    }

    @Override
    public void accept(DefinitionRegistry registry) {
        Map<String, DeliveryEndpoint> endpoints = new LinkedHashMap<>();
        List<DefinitionProblem> found = new ArrayList<>();
        for (Definition definition : registry.definitions("restEndpoints")) {
            Optional<String> type = MagnoliaYaml.typeOf(definition.tree());
            if (type.isEmpty()) {
                found.add(problem(definition, "has neither $type nor class, so it names no kind of endpoint; not served"));
                continue;
            }
            if (!EndpointReader.DELIVERY_TYPES.contains(type.get())) {
                found.add(problem(definition, "endpoint type '" + type.get() + "' is not served by this runtime (only "
                        + String.join(" and ", new TreeSet<>(EndpointReader.DELIVERY_TYPES)) + ")"));
                continue;
            }
            try {
                Optional<Map<String, Object>> options = registry.findDefinition("deliveryOptions", definition.id())
                        .map(Definition::tree);
                DeliveryEndpoint endpoint = reader.read(definition, options);
                DeliveryEndpoint previous = endpoints.putIfAbsent(endpoint.endpointPath(), endpoint);
                if (previous != null) {
                    found.add(problem(definition, "endpoint path '" + endpoint.endpointPath()
                            + "' is already served by " + previous.id() + "; endpoint skipped"));
                }
            } catch (IllegalArgumentException e) {
                found.add(problem(definition, e.getMessage() + "; endpoint skipped"));
            }
        }
        found.forEach(problem -> LOG.warn("Delivery endpoint problem: {}: {}", problem.file(), problem.message()));
        byPath = Map.copyOf(endpoints);
        problems = List.copyOf(found);
    }

    public List<DeliveryEndpoint> all() {
        return byPath.values().stream().sorted(Comparator.comparing(DeliveryEndpoint::endpointPath)).toList();
    }

    /** Definitions under restEndpoints/ that are not served, and why; shown with the light modules' problems. */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static DefinitionProblem problem(Definition definition, String message) {
        return new DefinitionProblem(definition.module(), definition.source(), 0, message);
    }

    /** The endpoint whose path is the longest prefix of {@code restPath} (the URL path below /.rest/). */
    public Optional<Match> match(String restPath) {
        String path = restPath.replaceAll("^/+", "");
        DeliveryEndpoint best = null;
        for (DeliveryEndpoint endpoint : byPath.values()) {
            String prefix = endpoint.endpointPath();
            if ((path.equals(prefix) || path.startsWith(prefix + "/"))
                    && (best == null || prefix.length() > best.endpointPath().length())) {
                best = endpoint;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(best, path.substring(best.endpointPath().length())));
    }

    /** @param remainder what follows the endpoint path: empty or "/" for a query, else a node path */
    public record Match(DeliveryEndpoint endpoint, String remainder) {
    }
}
