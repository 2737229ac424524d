package de.quartiersnetz.cms.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An anonymous visitor of the public site over HTTP. */
final class SiteClient {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    SiteClient(int port) {
        this.port = port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Site-internal links of a page (paths starting with '/', without query-less duplicates). */
    static List<String> links(String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            String href = matcher.group(1).replace("&amp;", "&");
            if (href.startsWith("/") && !href.startsWith("//")) {
                out.add(href);
            }
        }
        return new ArrayList<>(out);
    }

    /** Every page reachable from {@code /} by following links (HTML pages only), with their bodies. */
    java.util.Map<String, String> crawl(int max) {
        java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < max) {
            String path = queue.poll();
            if (seen.containsKey(path) || path.startsWith("/.resources/") || path.endsWith(".ics")
                    || path.endsWith(".rss") || path.endsWith(".atom") || path.endsWith(".xml")) {
                continue;
            }
            HttpResponse<String> response = get(path);
            seen.put(path, response.statusCode() + "\n" + response.body());
            if (response.statusCode() == 200) {
                for (String link : links(response.body())) {
                    if (!seen.containsKey(link)) {
                        queue.add(link);
                    }
                }
            }
        }
        return seen;
    }
}
