package de.quartiersnetz.cms.delivery;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes a rendered delivery response: gzip when the client takes it, a strong ETag per representation,
 * Last-Modified, Cache-Control, Vary, and 304 when the client's copy is current.
 */
final class CachedResponseWriter {
    private final String cacheControl;

    CachedResponseWriter(DeliveryProperties properties) {
        this.cacheControl = properties.cacheControl();
    }

    /** Responses differ by path, query and language; the encoding is chosen when writing. */
    static String cacheKey(HttpServletRequest request) {
        return request.getRequestURI() + "?" + request.getQueryString() + "#" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }

    void write(HttpServletRequest request, HttpServletResponse response, DeliveryResponseCache.Entry entry)
            throws IOException {
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip")
                && entry.gzipped().length < entry.body().length;
        String etag = gzip ? entry.gzipEtag() : entry.etag();
        long lastModified = entry.lastModified() / 1000 * 1000;
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        if (cacheControl != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.ACCEPT_ENCODING);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        long ifModifiedSince = ifNoneMatch == null ? request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE) : -1;
        boolean unchanged = ifNoneMatch != null ? matchesEtag(ifNoneMatch, etag)
                : ifModifiedSince >= 0 && lastModified <= ifModifiedSince;
        if (unchanged) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? entry.gzipped() : entry.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean matchesEtag(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
