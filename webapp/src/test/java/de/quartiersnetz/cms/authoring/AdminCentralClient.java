package de.quartiersnetz.cms.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for AdminCentral: keeps the session cookie and sends the page's CSRF token. */
public final class AdminCentralClient {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    public AdminCentralClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Logs in through the login form; the answer is the redirect after the form post. */
    public HttpResponse<String> login(String user, String password) {
        get("/.magnolia/login");
        return post("/.magnolia/login", Map.of("username", user, "password", password));
    }

    /** A page request as a browser sends it; remembers the CSRF token the page carries. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").GET().build());
        Matcher token = CSRF_FIELD.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A form post with the CSRF token of the last page. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("_csrf", csrfToken);
        }
        return postRaw(path, fields);
    }

    /** A form post exactly as given, without adding the CSRF token. */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A form post with repeated fields (several {@code paths}) and extra headers (e.g. {@code HX-Request}), with
     * the CSRF token of the last page.
     */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrfToken != null) {
            all.add(Map.entry("_csrf", csrfToken));
        }
        String body = all.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A page request with extra headers (e.g. {@code HX-Request}). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One file of a multipart upload. */
    public record Upload(String field, String fileName, String contentType, byte[] bytes) {
    }

    /**
     * A multipart upload as assets.js sends it: CSRF token in the {@code X-CSRF-TOKEN} header (of the last page),
     * {@code X-Requested-With: XMLHttpRequest}, plain fields and files.
     */
    public HttpResponse<String> upload(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----qn" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                        + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.bytes());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.build());
    }

    /** A GET whose answer is kept as bytes (images, renditions). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
