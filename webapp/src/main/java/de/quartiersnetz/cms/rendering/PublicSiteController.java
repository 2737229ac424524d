package de.quartiersnetz.cms.rendering;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the public website at every path that is not the runtime's own ({@code /.magnolia}, {@code /.rest},
 * {@code /.resources}, {@code /webjars}, {@code /actuator}, {@code /error}): the first segment must start with a
 * letter or digit and not be one of those names. Responses carry a strong ETag (304 on a match) and a
 * Content-Security-Policy without {@code unsafe-inline}.
 */
@Controller
public class PublicSiteController {
    /** The public site's policy: only our own scripts, styles, images and fonts; no inline code. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";
    static final String FIRST = "{first:(?!(?:webjars|actuator|error)$)[^.].*}";

    private final PublicSite site;

    public PublicSiteController(PublicSite site) {
        this.site = site;
    }

    @GetMapping({"/", "/" + FIRST, "/" + FIRST + "/{*rest}"})
    public ResponseEntity<byte[]> page(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        uri = java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        PublicResponse response = site.get(uri, request.getParameterMap(), request.getContextPath());
        return answer(request, response);
    }

    static ResponseEntity<byte[]> answer(HttpServletRequest request, PublicResponse response) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.setCacheControl("no-cache");
        headers.setETag(response.etag());
        if (response.status() == 200 && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), response.etag())) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(MediaType.parseMediaType(response.contentType()));
        return new ResponseEntity<>(response.body(), headers, HttpStatus.valueOf(response.status()));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
