package de.quartiersnetz.cms.delivery;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes a rendered delivery response: gzip when the client takes it, a strong ETag per representation,
 * Last-Modified, Cache-Control, Vary, and 304 when the client's copy is current. Large bodies go out through
 * Tomcat's sendfile from {@link ResponseFiles}, the way its DefaultServlet sends static files: a cached 140 KB list
 * costs a third of the CPU it took to copy it through Tomcat's 8 KB socket buffer (bench/README.md).
 */
final class CachedResponseWriter {
    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final String cacheControl;
    private final ResponseFiles files;
    private final long fileMinSize;

    CachedResponseWriter(DeliveryProperties properties, ResponseFiles files) {
        this.cacheControl = properties.cacheControl();
        this.files = files;
        this.fileMinSize = properties.fileMinSize().toBytes();
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
        // the headers Spring Security adds to a first, rendered answer, so a repeat from the cache looks the same
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-XSS-Protection", "0");
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
        Path file = body.length >= fileMinSize && sendfileAllowed(request, response, gzip)
                ? files.file(etag, body) : null;
        if (file != null) {
            request.setAttribute(SENDFILE_FILENAME, file.toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) body.length);
        } else {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Not through wrappers, which may want to see or change the body (Tomcat's DefaultServlet makes the same check),
     * and an identity body only when the client asked for no encoding: Tomcat's own compression, which sendfile
     * bypasses, might otherwise have compressed it.
     */
    private static boolean sendfileAllowed(HttpServletRequest request, HttpServletResponse response, boolean gzip) {
        return Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))
                && !(request instanceof ServletRequestWrapper) && !(response instanceof ServletResponseWrapper)
                && (gzip || request.getHeader(HttpHeaders.ACCEPT_ENCODING) == null);
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
