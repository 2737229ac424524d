package de.quartiersnetz.cms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;

import de.quartiersnetz.cms.authoring.Chromium;
import de.quartiersnetz.cms.authoring.ChromiumExtension;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * The public site in headless Chromium on the demo content: every seed item is reachable from the home page by
 * following links, axe-core finds no WCAG 2.1 AA violation on any page template, and the browser asks no host
 * other than the site's own (no fonts, scripts, images or maps from elsewhere) and reports no CSP violation.
 */
@Tag("browser")
@CmsServerTest
class SiteInChromiumTest {
    @TempDir
    static Path temp;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, "Site-Chromium-2026");
    }

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** One page per page template (and the 404 page). */
    static final List<String> ONE_PAGE_PER_TEMPLATE = List.of("/", "/netzwerke", "/projekte",
            "/projekte?city=Chemnitz", "/projekte/gemeinwesenkoordination-chemnitz-sued", "/netzwerke/lag-sachsen",
            "/arbeitskreise", "/arbeitskreise/netzwerk-kultur", "/aktuelles",
            "/aktuelles/forum-leipziger-osten-2014", "/aktuelles/stek-leo-stadtratsbeschluss-2013",
            "/sprechzeiten", "/sprechzeiten/gemeinwesenkoordination-chemnitz-sued-dienstag", "/suche?q=Beratungen",
            "/barrierefreiheit", "/gibt-es-nicht");

    @Test
    void everySeedItemIsReachableFromTheHomePageAndNoOtherHostIsAsked() throws Exception {
        Page page = chromium.newPage();
        Set<String> requested = new LinkedHashSet<>();
        List<String> cspViolations = new ArrayList<>();
        page.onRequest(request -> requested.add(request.url()));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        Map<String, Boolean> visited = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && visited.size() < 300) {
            String path = queue.poll();
            if (visited.containsKey(path)) {
                continue;
            }
            var response = page.navigate(base() + path);
            boolean html = response != null && response.ok()
                    && response.headers().getOrDefault("content-type", "").startsWith("text/html");
            visited.put(path, response != null && response.ok());
            if (!html) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                    + ".map(a => a.href)");
            for (String link : links) {
                URI uri = URI.create(link);
                if (("127.0.0.1:" + port).equals(uri.getRawAuthority()) && uri.getScheme().startsWith("http")) {
                    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                    if (!visited.containsKey(target) && !target.endsWith(".ics") && !target.endsWith(".rss")
                            && !target.endsWith(".atom") && !target.endsWith(".xml")) {
                        queue.add(target);
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String[] item : PublicSiteTest.seedItems()) {
            String path = PublicSiteTest.PREFIX.get(item[0]) + "/" + item[1];
            if (!Boolean.TRUE.equals(visited.get(path))) {
                missing.add(path);
            }
        }
        assertThat(missing).as("seed items not reachable from the home page").isEmpty();
        assertThat(visited).as("pages that failed").doesNotContainValue(false);
        assertThat(requested).as("requests to other hosts").allSatisfy(url ->
                assertThat(URI.create(url).getRawAuthority()).isEqualTo("127.0.0.1:" + port));
        assertThat(cspViolations).isEmpty();
        page.context().close();
    }

    @Test
    void axeFindsNoWcag21AaViolationOnAnyPageTemplate() {
        Page page = chromium.newPage();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String path : ONE_PAGE_PER_TEMPLATE) {
            page.navigate(base() + path);
            List<String> found = Chromium.accessibilityViolations(page);
            if (!found.isEmpty()) {
                violations.put(path, found);
            }
        }
        assertThat(violations).isEmpty();
        page.context().close();
    }

    @Test
    void theSkipLinkMovesTheFocusToTheMainContent() {
        Page page = chromium.newPage();
        page.navigate(base() + "/projekte");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Zum Inhalt springen");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("inhalt");
        page.context().close();
    }
}
