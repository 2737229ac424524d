package de.quartiersnetz.cms.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Operator settings of the delivery API under {@code quartiersnetz.delivery.*}.
 *
 * @param maxLimit           the largest {@code limit} a client may ask for, unless an endpoint says otherwise
 * @param cacheControl       the {@code Cache-Control} header of delivery responses
 * @param corsAllowedOrigins origins allowed to call the API from browsers ({@code *} for any)
 * @param languageFallback   languages tried, in order, when a value is missing in the asked language
 * @param cacheEntries       how many responses the in-memory cache keeps
 * @param fileMinSize        cached responses from this size on are also kept as files in the data dir and sent
 *                           from there by the kernel ({@code sendfile}), which costs a fraction of copying them
 * @param fileSpace          how much disk those files may take in all ({@code 0} sends every response from memory)
 */
@ConfigurationProperties("quartiersnetz.delivery")
public record DeliveryProperties(Integer maxLimit, String cacheControl, List<String> corsAllowedOrigins,
                                 List<String> languageFallback, Integer cacheEntries,
                                 DataSize fileMinSize, DataSize fileSpace) {
    public DeliveryProperties {
        maxLimit = maxLimit == null ? 100 : maxLimit;
        cacheControl = cacheControl == null ? "public, max-age=60" : cacheControl;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of("*") : List.copyOf(corsAllowedOrigins);
        languageFallback = languageFallback == null ? List.of("de") : List.copyOf(languageFallback);
        cacheEntries = cacheEntries == null ? 10_000 : cacheEntries;
        fileMinSize = fileMinSize == null ? DataSize.ofKilobytes(48) : fileMinSize;
        fileSpace = fileSpace == null ? DataSize.ofMegabytes(256) : fileSpace;
    }
}
