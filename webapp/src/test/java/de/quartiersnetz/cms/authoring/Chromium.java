package de.quartiersnetz.cms.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.webjars.WebJarVersionLocator;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;

/**
 * Debian's headless Chromium driven by Playwright, for browser tests: nothing is downloaded. Without
 * /usr/bin/chromium the tests are skipped, unless QUARTIERSNETZ_REQUIRE_BROWSER=1 (CI) makes that a failure.
 */
public final class Chromium implements AutoCloseable {
    private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Starts the browser, or skips the calling test class when there is none and CI does not demand one. */
    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            String reason = "browser tests need Debian's chromium at " + EXECUTABLE + " (apt-get install chromium)";
            if ("1".equals(System.getenv("QUARTIERSNETZ_REQUIRE_BROWSER"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        return new Chromium();
    }

    /** A page in a fresh context (own cookies), German as the browser's language. */
    public Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE"));
        return context.newPage();
    }

    /** Logs in through the login form and waits for AdminCentral (the launcher, or the page first asked for). */
    public static void login(Page page, String base, String user, String password) {
        page.navigate(base + "/.magnolia/login");
        page.getByLabel("Benutzername").fill(user);
        page.getByLabel("Passwort").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Anmelden")).click();
        page.waitForURL(url -> url.contains("/.magnolia/admincentral"));
    }

    /**
     * Waits up to 5 s for the element with {@code expectedId} to hold the focus and returns the id of the element
     * that holds it then. Autofocus runs at Chromium's next rendering step, scripts move the focus after htmx swaps:
     * both can come after the load event or the element a test waited for, so an immediate read races them.
     */
    public static String focusedIdAwaiting(Page page, String expectedId) {
        try {
            page.waitForFunction("id => document.activeElement && document.activeElement.id === id", expectedId,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError focusElsewhere) {
            // the caller's assertion reports which element has the focus instead
        }
        return (String) page.evaluate("document.activeElement.id");
    }

    /**
     * WCAG 2.1 A/AA violations axe-core finds on the page, one line each. The script is evaluated through
     * the DevTools protocol, so the page's Content-Security-Policy stays in force.
     */
    public static List<String> accessibilityViolations(Page page) {
        page.evaluate(axeSource());
        Object result = page.evaluate("async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
                + ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', '))", WCAG_21_AA);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    private static String axeSource() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
