package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** Login, CSRF and the launcher over real HTTP, with the superuser created from the configured password. */
@CmsServerTest
class AdminCentralLoginTest {
    static final String PASSWORD = "Quartier-Test-2026";

    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
    }

    @LocalServerPort
    int port;

    @Test
    void anonymousPagesGoToTheLoginAndScriptedRequestsGet401() {
        AdminCentralClient client = new AdminCentralClient(port);
        HttpResponse<String> page = client.get("/.magnolia/admincentral");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.magnolia/login"));

        HttpResponse<String> htmx = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/.magnolia/admincentral"))
                .header("HX-Request", "true").build());
        assertThat(htmx.statusCode()).isEqualTo(401);
    }

    @Test
    void loginShowsTheLauncherWithEveryAppLabelledInGerman() {
        AdminCentralClient client = new AdminCentralClient(port);
        HttpResponse<String> login = client.login("superuser", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.magnolia/admincentral"));

        HttpResponse<String> launcher = client.get("/.magnolia/admincentral");
        assertThat(launcher.statusCode()).isEqualTo(200);
        assertThat(launcher.body()).contains("Angemeldet als superuser", ">Projekte<", ">Sprechzeiten<", ">Netzwerke<",
                ">Arbeitskreise<", ">Aktuelles und Termine<");
        assertThat(launcher.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'"));
    }

    @Test
    void wrongPasswordIsRefusedWithAGermanMessage() {
        AdminCentralClient client = new AdminCentralClient(port);
        HttpResponse<String> login = client.login("superuser", "falsch-falsch-falsch");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.magnolia/login?error"));
        assertThat(client.get("/.magnolia/login?error").body()).contains("Benutzername oder Passwort ist falsch.");
        assertThat(client.get("/.magnolia/admincentral").statusCode()).isEqualTo(302);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        AdminCentralClient client = new AdminCentralClient(port);
        client.get("/.magnolia/login");
        HttpResponse<String> forged = client.postRaw("/.magnolia/login", Map.of("username", "superuser", "password", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);

        client.login("superuser", PASSWORD);
        assertThat(client.postRaw("/.magnolia/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(client.get("/.magnolia/admincentral").statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        AdminCentralClient client = new AdminCentralClient(port);
        client.login("superuser", PASSWORD);
        client.get("/.magnolia/admincentral");
        HttpResponse<String> logout = client.post("/.magnolia/logout", Map.of());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/.magnolia/login?logout"));
        assertThat(client.get("/.magnolia/admincentral").statusCode()).isEqualTo(302);
    }
}
