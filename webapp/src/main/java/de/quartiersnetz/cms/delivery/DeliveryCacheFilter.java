package de.quartiersnetz.cms.delivery;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers repeated delivery requests from the response cache before any other filter or the dispatcher
 * runs: a cached published response needs no security context, parsing or repository access. Cross-origin
 * requests take the full path so CORS is decided where it is configured.
 */
final class DeliveryCacheFilter extends OncePerRequestFilter {
    private final DeliveryResponseCache cache;
    private final CachedResponseWriter writer;

    DeliveryCacheFilter(DeliveryResponseCache cache, CachedResponseWriter writer) {
        this.cache = cache;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.ORIGIN) == null) {
            DeliveryResponseCache.Entry entry = cache.get(CachedResponseWriter.cacheKey(request));
            if (entry != null) {
                writer.write(request, response, entry);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
