package de.quartiersnetz.cms.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.util.UriUtils;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /.rest/<endpointPath>[/<path>[@nodes]][?query]}: dispatches to the endpoint, answers from the
 * response cache when it can, and sets ETag, Last-Modified and Cache-Control (304 when unchanged).
 */
@RestController
@ConditionalOnWebApplication
class DeliveryController {
    static final String PREFIX = "/.rest/";
    private static final String CHILDREN_SUFFIX = "@nodes";

    private final DeliveryEndpoints endpoints;
    private final DeliveryRequestParser parser;
    private final DeliveryService service;
    private final DeliveryResponseCache cache;
    private final DefinitionRegistry registry;
    private final CachedResponseWriter writer;
    private final ObjectMapper json;

    DeliveryController(DeliveryEndpoints endpoints, DeliveryRequestParser parser, DeliveryService service,
                       DeliveryResponseCache cache, DefinitionRegistry registry, CachedResponseWriter writer,
                       ObjectMapper json) {
        this.endpoints = endpoints;
        this.parser = parser;
        this.service = service;
        this.cache = cache;
        this.registry = registry;
        this.writer = writer;
        this.json = json;
    }

    @GetMapping("/.rest/**")
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = CachedResponseWriter.cacheKey(request);
        DeliveryResponseCache.Entry entry = cache.get(key);
        if (entry == null) {
            long generation = cache.generation();
            entry = render(request);
            cache.put(key, entry, generation);
        }
        writer.write(request, response, entry);
    }

    private DeliveryResponseCache.Entry render(HttpServletRequest request) {
        long lastModified = cache.lastChange();
        String restPath = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()
                + PREFIX.length()), StandardCharsets.UTF_8);
        DeliveryEndpoints.Match match = endpoints.match(restPath)
                .orElseThrow(() -> new DeliveryNotFoundException("no delivery endpoint at /.rest/" + restPath));
        DeliveryEndpoint endpoint = match.endpoint();
        Optional<ContentTypeDefinition> model = registry.findContentTypeByWorkspace(endpoint.workspace());
        DeliveryRequest parsed = parser.parse(request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                endpoint, model);
        String path = match.remainder();
        Object body;
        if (path.isEmpty() || path.equals("/")) {
            body = service.query(endpoint, parsed);
        } else if (path.endsWith(CHILDREN_SUFFIX)) {
            String parent = path.substring(0, path.length() - CHILDREN_SUFFIX.length());
            body = service.children(endpoint, parent.isEmpty() ? "/" : parent, parsed);
        } else {
            body = service.node(endpoint, path, parsed);
        }
        byte[] bytes = json.writeValueAsBytes(body);
        return new DeliveryResponseCache.Entry(bytes, etag(bytes), lastModified);
    }

    /**
     * Identifies the exact bytes: two checksums with different polynomials and the length, 96 bits in all. Both are
     * computed by the CPU's CRC instructions; a cryptographic digest of a 140 KB list cost a fifth of rendering it.
     */
    private static String etag(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return "\"" + HexFormat.of().toHexDigits((int) castagnoli.getValue()) + HexFormat.of().toHexDigits((int) ieee.getValue())
                + HexFormat.of().toHexDigits(body.length) + "\"";
    }
}
