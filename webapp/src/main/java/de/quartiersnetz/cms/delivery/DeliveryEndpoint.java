package de.quartiersnetz.cms.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * A delivery endpoint v2 definition ({@code restEndpoints/**.yaml} with {@code $type: jcrDeliveryEndpoint_v2}),
 * with Magnolia's defaults applied, plus this runtime's opt-in extensions.
 *
 * @param endpointPath the URL path below {@code /.rest/}, e.g. {@code delivery/projects/v1}
 */
public record DeliveryEndpoint(String id, String endpointPath, String workspace, String rootPath,
                               List<String> nodeTypes, List<String> childNodeTypes, int depth, int limit,
                               boolean includeSystemProperties, List<String> systemProperties,
                               List<Reference> references, int referenceDepth, boolean strict, Options options,
                               Path source) {

    public DeliveryEndpoint {
        nodeTypes = List.copyOf(nodeTypes);
        childNodeTypes = List.copyOf(childNodeTypes);
        systemProperties = List.copyOf(systemProperties);
        references = List.copyOf(references);
    }

    /** {@code references[]}: a property whose identifiers are replaced by the nodes they name. */
    public record Reference(String name, String propertyName, String resolver, String targetWorkspace,
                            List<String> assetRenditions) {
        public Reference {
            assetRenditions = assetRenditions == null ? List.of() : List.copyOf(assetRenditions);
        }

        public Reference(String name, String propertyName, String resolver, String targetWorkspace) {
            this(name, propertyName, resolver, targetWorkspace, List.of());
        }

        public boolean isAsset() {
            return "assetReferenceResolver".equals(resolver);
        }
    }

    /**
     * Extensions from {@code deliveryOptions/<same path>.yaml}.
     *
     * @param total            always add {@code total} to list responses
     * @param maxLimit         the largest {@code limit} a client may ask for
     * @param languageFallback languages tried, in order, when a value is missing in the asked one
     * @param openAt           property names that make {@code ?openAt=} available, or null
     */
    public record Options(boolean total, int maxLimit, List<String> languageFallback, OpenAt openAt) {
        public Options {
            languageFallback = List.copyOf(languageFallback);
        }
    }

    public record OpenAt(String weekday, String opens, String closes, String validFrom, String validUntil) {
    }
}
