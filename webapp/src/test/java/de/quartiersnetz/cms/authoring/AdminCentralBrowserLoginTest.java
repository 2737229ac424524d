package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** Login, launcher and logout in headless Chromium, each screen checked with axe-core. */
@Tag("browser")
@CmsServerTest
class AdminCentralBrowserLoginTest {
    static final String PASSWORD = "Quartier-Browser-2026";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PASSWORD);
    }

    @LocalServerPort
    int port;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void loginPageAndLauncherAreAccessibleAndLogoutReturnsToTheLogin() {
        Page page = chromium.newPage();
        page.navigate(base() + "/.magnolia/admincentral");
        assertThat(page.url()).endsWith("/.magnolia/login");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        Chromium.login(page, base(), "superuser", PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprechzeiten")).isVisible()).isTrue();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL(url -> url.endsWith("/.magnolia/login?logout"));
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("abgemeldet");
        page.navigate(base() + "/.magnolia/admincentral");
        assertThat(page.url()).endsWith("/.magnolia/login");
    }

    @Test
    void aLoginFormWithAForgedCsrfTokenIsRefused() {
        Page page = chromium.newPage();
        page.navigate(base() + "/.magnolia/login");
        page.locator("input[name=_csrf]").evaluate("field => field.value = 'forged'");
        page.getByLabel("Benutzername").fill("superuser");
        page.getByLabel("Passwort").fill(PASSWORD);
        Response response = page.waitForResponse(r -> r.url().endsWith("/.magnolia/login") && r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click());
        assertThat(response.status()).isEqualTo(403);
        page.navigate(base() + "/.magnolia/admincentral");
        assertThat(page.url()).endsWith("/.magnolia/login");
    }

    @Test
    void theKeyboardAloneLogsInAndSkipsToTheContent() {
        Page page = chromium.newPage();
        page.navigate(base() + "/.magnolia/login");
        assertThat(Chromium.focusedIdAwaiting(page, "username")).isEqualTo("username");
        page.keyboard().type("superuser");
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/.magnolia/admincentral");
        assertThat(page.locator("h1").textContent()).isEqualTo("Apps");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Zum Inhalt springen");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
    }
}
