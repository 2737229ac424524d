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
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The Security app in headless Chromium: a superuser creates a user, each screen checked with axe-core. */
@Tag("browser")
@CmsServerTest
class SecurityAppBrowserTest {
    static final String PASSWORD = "Security-Browser-2026";

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
    void aSuperuserCreatesAnEditorWhoThenLogsIn() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benutzer").setExact(true)).click();
        page.waitForURL("**/.magnolia/admincentral/security/users");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("superuser")).textContent()).contains("Superuser", "Aktiv");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benutzer anlegen")).click();
        page.waitForURL("**/security/users/new");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Benutzername").fill("anna");
        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill("zu-kurz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Benutzer anlegen")).click();
        page.waitForSelector("#password-error");
        assertThat(page.locator("#password-error").textContent()).isEqualTo("Das Passwort muss mindestens 12 Zeichen lang sein.");
        assertThat(page.locator("#roles-error").textContent()).isEqualTo("Bitte wählen Sie mindestens eine Rolle.");
        assertThat(page.getByLabel("Benutzername").inputValue()).isEqualTo("anna");
        assertThat(page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).getAttribute("aria-describedby"))
                .contains("password-error");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill("Anna-Passwort-2026");
        page.getByLabel("Passwort wiederholen").fill("Anna-Passwort-2026");
        page.getByLabel("Redaktion").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Benutzer anlegen")).click();
        page.waitForURL("**/.magnolia/admincentral/security/users");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Benutzer anna wurde angelegt.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("anna")).textContent()).contains("Redaktion", "Aktiv");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        Page anna = chromium.newPage();
        Chromium.login(anna, base(), "anna", "Anna-Passwort-2026");
        assertThat(anna.getByText("Angemeldet als anna").isVisible()).isTrue();
        anna.navigate(base() + "/.magnolia/admincentral/security/users");
        assertThat(anna.locator("h1").textContent()).isEqualTo("Zugriff verweigert");
        assertThat(Chromium.accessibilityViolations(anna)).isEmpty();
    }

    @Test
    void anHtmxRequestAfterTheSessionEndedLeadsToTheLoginPage() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.context().clearCookies();
        page.evaluate("htmx.ajax('GET', '/.magnolia/admincentral', {target: '#main'})");
        page.waitForURL("**/.magnolia/login?expired");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent())
                .contains("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
    }

    @Test
    void usersChangeTheirPasswordFromTheLauncher() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mein Passwort")).click();
        page.waitForURL("**/.magnolia/admincentral/account/password");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByLabel("Aktuelles Passwort").fill("nicht-das-richtige");
        page.getByLabel("Neues Passwort").fill("Noch-ein-Passwort-1");
        page.getByLabel("Passwort wiederholen").fill("Noch-ein-Passwort-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort ändern")).click();
        page.waitForSelector("#currentPassword-error");
        assertThat(page.locator("#currentPassword-error").textContent()).isEqualTo("Das aktuelle Passwort ist falsch.");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
    }
}
