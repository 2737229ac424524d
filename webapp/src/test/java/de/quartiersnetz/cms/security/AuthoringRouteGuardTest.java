package de.quartiersnetz.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import de.quartiersnetz.cms.authoring.AdminCentralClient;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * Every route the running application serves — read from its handler mappings, so nothing is listed by hand —
 * either is on the short public list below or refuses anonymous requests. A new controller or resource
 * handler that is not protected fails this test (issue #4, "a test lists every authoring route").
 */
@CmsServerTest
class AuthoringRouteGuardTest {
    static final String PASSWORD = "Route-Guard-Test-2026";

    /**
     * Routes anyone may use, by their registered pattern; one ending in {@code /**} (other than the root's)
     * also covers every route below it. Each entry is a decision: keep the list short.
     */
    static final Map<String, String> PUBLIC_ROUTES = Map.ofEntries(
            Map.entry("/.rest/**", "delivery API: published content only"),
            Map.entry("/dam/**", "published assets' originals (live tree only, drafts answer 404)"),
            Map.entry("/.imaging/**", "renditions of published images (live tree only, drafts answer 404)"),
            Map.entry("/actuator", "actuator index, lists only the health endpoint"),
            Map.entry("/actuator/health", "health for load balancers and operators"),
            Map.entry("/actuator/health/**", "health of one component"),
            Map.entry("/.magnolia/login", "the login page"),
            Map.entry("/.magnolia/access-denied", "the 403 page: answers 403 to everyone"),
            Map.entry("/.magnolia/static/**", "AdminCentral's CSS and JS, needed by the login page"),
            Map.entry("/webjars/**", "htmx and other WebJars"),
            Map.entry("/**", "Spring Boot's static locations (classpath:/static/ and friends)"),
            Map.entry("/error", "Spring Boot's error page"),
            Map.entry("/", "public website: the site's home page, live tree only"),
            Map.entry("/{first:(?!(?:webjars|actuator|error)$)[^.].*}",
                    "public website: pages, feeds, sitemap.xml, robots.txt of the live tree"),
            Map.entry("/{first:(?!(?:webjars|actuator|error)$)[^.].*}/{*rest}",
                    "public website: sub-pages, detail pages of published items, .ics files"),
            Map.entry("/.resources/{module}/webresources/{*file}", "light modules' CSS/JS/images (webresources/ only)"));
    static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)(\\w+)(?::((?:[^{}]|\\{[^{}]*\\})*))?\\}");

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    DefinitionRegistry definitions;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder encoder;

    /** One pattern of one handler, with the HTTP methods it declares (all of them when it declares none). */
    record Route(String pattern, List<String> methods, String handler) {
        boolean isPublic() {
            return PUBLIC_ROUTES.keySet().stream().anyMatch(allowed -> pattern.equals(allowed)
                    || allowed.endsWith("/**") && !allowed.equals("/**")
                    && pattern.startsWith(allowed.substring(0, allowed.length() - 2)));
        }

        @Override
        public String toString() {
            return methods + " " + pattern + " (" + handler + ")";
        }
    }

    @Test
    void theRouteListHoldsAdminCentralThePublicSideAndNothingUnknown() {
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::pattern).contains("/.magnolia/admincentral", "/.magnolia/login",
                "/.magnolia/admincentral/security/users", "/.magnolia/admincentral/account/password",
                "/.rest/**", "/actuator/health", "/.magnolia/static/**", "/webjars/**");
        assertThat(routes.stream().filter(route -> !route.isPublic())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(PUBLIC_ROUTES.keySet()).allSatisfy(allowed -> assertThat(routes)
                .as("public-list entry %s matches no route any more: remove it", allowed)
                .anyMatch(route -> route.pattern().equals(allowed) || route.pattern().startsWith(allowed.replace("**", ""))));
    }

    @Test
    void anonymousPageRequestsToEveryAuthoringRouteAreSentToTheLoginPage() {
        Anonymous visitor = new Anonymous();
        List<String> failures = new ArrayList<>();
        forEachAuthoringRequest((method, path) -> {
            HttpResponse<String> response = visitor.send(method, path, "text/html,application/xhtml+xml", false);
            if (response.statusCode() != 302 || !location(response).endsWith("/.magnolia/login")) {
                failures.add(method + " " + path + " → " + response.statusCode() + " " + location(response));
            }
        });
        assertThat(failures).as("authoring routes reachable without login").isEmpty();
    }

    @Test
    void anonymousHtmxRequestsToEveryAuthoringRouteAreAnswered401() {
        Anonymous visitor = new Anonymous();
        List<String> failures = new ArrayList<>();
        forEachAuthoringRequest((method, path) -> {
            HttpResponse<String> response = visitor.send(method, path, "*/*", true);
            if (response.statusCode() != 401) {
                failures.add(method + " " + path + " → " + response.statusCode());
            }
        });
        assertThat(failures).as("authoring routes answering htmx without login").isEmpty();
    }

    /** The attacker's view: no session, no CSRF token, whatever client. */
    @Test
    void requestsWithoutSessionOrTokenNeverReachAnAuthoringRoute() {
        HttpClient bare = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        forEachAuthoringRequest((method, path) -> {
            HttpResponse<String> response = send(bare, HttpRequest.newBuilder(uri(path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build());
            boolean refused = response.statusCode() == 401 || response.statusCode() == 403
                    || response.statusCode() == 302 && location(response).endsWith("/.magnolia/login");
            if (!refused) {
                failures.add(method + " " + path + " → " + response.statusCode());
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyPublicRouteStaysAnonymous() {
        Anonymous visitor = new Anonymous();
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            if (route.isPublic() && route.methods().contains("GET")) {
                String path = concrete(route.pattern());
                HttpResponse<String> response = visitor.send("GET", path, "*/*", false);
                if (response.statusCode() == 401 || location(response).contains("/.magnolia/login")) {
                    failures.add("GET " + path + " → " + response.statusCode() + " " + location(response));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(visitor.send("GET", "/.magnolia/access-denied", "text/html", false))
                .satisfies(page -> assertThat(page.statusCode()).isEqualTo(403))
                .satisfies(page -> assertThat(page.body()).contains("Zugriff verweigert"));
    }

    /** Requests reach the routes above only through the dispatcher servlet, behind Spring Security's filter. */
    @Test
    void onlyTheDispatcherServletServesRequests() {
        Map<String, Set<String>> servlets = context.getServletContext().getServletRegistrations().entrySet().stream()
                .filter(servlet -> !servlet.getValue().getMappings().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, servlet -> Set.copyOf(servlet.getValue().getMappings())));
        assertThat(servlets).isEqualTo(Map.of("dispatcherServlet", Set.of("/")));
    }

    /**
     * Publishing needs the role publisher: every publish or unpublish route of a content app refuses editors
     * (the rule in WebSecurityConfiguration matches {@code /apps/{app}/publish*} and {@code unpublish*}, and the Pages
     * app's {@code /pages/publish} and {@code /pages/unpublish}).
     */
    @Test
    void editorsCannotPublishOrUnpublishOnAnyRoute() {
        users.create(new UserAccount("route-editor", encoder.encode(PASSWORD), true, List.of("editor"), "de"));
        AdminCentralClient editor = new AdminCentralClient(port);
        editor.login("route-editor", PASSWORD);
        editor.get("/.magnolia/admincentral");
        String app = "/.magnolia/admincentral/apps/" + definitions.apps().get(0).name();
        Set<String> paths = new TreeSet<>(List.of(app + "/publish", app + "/unpublish", app + "/publishWithChildren"));
        for (Route route : routes()) {
            boolean publishing = Pattern.compile("/(apps/.*|pages)/(un)?publish").matcher(route.pattern()).find();
            if (publishing && route.methods().contains("POST")) {
                paths.add(concrete(route.pattern()));
            }
        }
        assertThat(paths).allSatisfy(path -> assertThat(editor.post(path, Map.of()).statusCode())
                .as("editor POST %s", path).isEqualTo(403));
        assertThat(editor.get(app).statusCode()).as("editors do open the content apps").isNotIn(401, 403);

        AdminCentralClient superuser = new AdminCentralClient(port);
        superuser.login("superuser", PASSWORD);
        superuser.get("/.magnolia/admincentral");
        assertThat(superuser.post(app + "/publish", Map.of()).statusCode()).as("superusers may publish").isNotIn(401, 403);
    }

    private interface RequestCheck {
        void check(String method, String path);
    }

    private void forEachAuthoringRequest(RequestCheck check) {
        List<Route> authoring = routes().stream().filter(route -> !route.isPublic()).toList();
        assertThat(authoring).isNotEmpty();
        for (Route route : authoring) {
            String path = concrete(route.pattern());
            route.methods().forEach(method -> check.check(method, path));
        }
    }

    /** Every route of every handler mapping; a kind of mapping this test cannot read fails it. */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            if (mapping instanceof RequestMappingInfoHandlerMapping annotated) {
                annotated.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern ->
                        routes.add(new Route(pattern, methods(info), method.toString()))));
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().forEach((pattern, handler) -> routes.add(new Route(pattern,
                        handler instanceof ResourceHttpRequestHandler ? List.of("GET") : ALL_METHODS, handler.toString())));
                if (urls.getRootHandler() != null) {
                    routes.add(new Route("/", List.of("GET"), urls.getRootHandler().toString()));
                }
            } else if (mapping instanceof RouterFunctionMapping functions) {
                assertThat(functions.getRouterFunction()).as("functional routes: teach this test to list them").isNull();
            } else {
                throw new AssertionError("handler mapping " + name + " (" + mapping.getClass().getName()
                        + ") is of a kind this test cannot list the routes of: teach it");
            }
        });
        routes.sort(Comparator.comparing(Route::pattern));
        return routes;
    }

    private static List<String> methods(RequestMappingInfo info) {
        List<String> declared = info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted().toList();
        return declared.isEmpty() ? ALL_METHODS : declared;
    }

    /** The pattern with plausible values for its variables and wildcards. */
    String concrete(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = variable.group(1).isEmpty() ? sample(variable.group(2), variable.group(3)) : "probe/item";
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString().replace("/**", "/probe/item").replace("/*/", "/probe/").replaceAll("/\\*$", "/probe")
                .replace("*", "").replace("?", "p");
    }

    private String sample(String name, String regex) {
        String app = definitions.apps().get(0).name();
        String lower = name.toLowerCase();
        String guess = lower.contains("app") || lower.contains("workspace") ? app
                : lower.endsWith("id") || lower.contains("uuid") || lower.contains("identifier") ? UUID.randomUUID().toString()
                : lower.contains("user") || lower.equals("name") ? "superuser"
                : lower.contains("lang") || lower.contains("locale") ? "de"
                : "probe";
        if (regex == null) {
            return guess;
        }
        return List.of(guess, "1", "probe", UUID.randomUUID().toString(), "de", app).stream()
                .filter(candidate -> candidate.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample value for {" + name + ":" + regex + "}: add one"));
    }

    /** A visitor who opened the login page: has a session and its CSRF token, but no login. */
    final class Anonymous {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String token;

        Anonymous() {
            Matcher field = CSRF_FIELD.matcher(send("GET", "/.magnolia/login", "text/html", false).body());
            assertThat(field.find()).as("the login page carries a CSRF token").isTrue();
            token = field.group(1);
        }

        HttpResponse<String> send(String method, String path, String accept, boolean htmx) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (token != null && !method.equals("GET")) {
                request.header("X-CSRF-TOKEN", token);
            }
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return AuthoringRouteGuardTest.send(http, request.build());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
