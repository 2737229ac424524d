package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;

import de.quartiersnetz.cms.assets.TestImages;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/**
 * The Assets app's upload in headless Chromium: several files at once through the file input, the progress bar,
 * the German answers per file (one refused), the metadata form with alt text per language, and axe-core clean.
 */
@Tag("browser")
@CmsServerTest
class AssetsUploadInChromiumTest {
    static final String PASSWORD = "Quartier-Chromium-2026";
    static final String ASSETS = "/.magnolia/admincentral/assets";

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
    void uploadsSeveralFilesWithProgressRefusesSvgAndIsAccessible() throws Exception {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.navigate(base() + ASSETS);
        assertThat(page.locator("h1").textContent()).isEqualTo("Medien");
        assertThat(page.locator("#upload-progress").isHidden()).isTrue();
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Dateien hochladen nach", new Page.GetByLabelOptions()).setInputFiles(new FilePayload[] {
                new FilePayload("Sommerfest Plakat.png", "image/png", TestImages.png(800, 400, Color.MAGENTA)),
                new FilePayload("Einladung.jpg", "image/jpeg", AssetsAppTest.jpeg(600, 400)),
                new FilePayload("logo.svg", "image/svg+xml",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))});
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Hochladen").setExact(true)).click();

        PlaywrightAssertions.assertThat(page.locator("#upload-results")).containsText("Hochgeladen: sommerfest-plakat.png");
        PlaywrightAssertions.assertThat(page.locator("#upload-results")).containsText("Hochgeladen: einladung.jpg");
        PlaywrightAssertions.assertThat(page.locator("#upload-results")).containsText("„logo.svg“ ist eine SVG-Grafik");
        assertThat(page.locator("#upload-progress").isVisible()).isTrue();
        assertThat(page.locator("#upload-progress").evaluate("p => p.value")).isEqualTo(100);
        assertThat(page.locator("#upload-results").getAttribute("data-status")).isEqualTo("207");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.locator("#upload-results a", new Page.LocatorOptions().setHasText("sommerfest-plakat.png")).click();
        page.waitForURL(url -> url.contains(ASSETS + "/item/"));
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByLabel("Alternativtext (de)", new Page.GetByLabelOptions()).fill("Plakat zum Sommerfest in Magenta");
        page.getByLabel("Alternativtext (en)", new Page.GetByLabelOptions()).fill("Summer party poster in magenta");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Speichern")).click();
        PlaywrightAssertions.assertThat(page.locator(".notice.success")).containsText("Angaben gespeichert");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Veröffentlichen").setExact(true)).click();
        PlaywrightAssertions.assertThat(page.locator(".notice.success")).containsText("Veröffentlicht");
        String live = page.locator(".asset-facts a").getAttribute("href");
        assertThat(live).startsWith("/dam/jcr:").endsWith("/sommerfest-plakat.png");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
    }

    @Test
    void aFileDroppedOnTheDropZoneIsUploaded() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        page.navigate(base() + ASSETS);
        page.evaluate("() => { const data = new DataTransfer();"
                + " data.items.add(new File(['%PDF-1.4\\n%%EOF\\n'], 'Flyer Nachbarschaftsfest.pdf', {type: 'application/pdf'}));"
                + " const zone = document.getElementById('drop-zone');"
                + " zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));"
                + " zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true})); }");
        PlaywrightAssertions.assertThat(page.locator("#upload-results")).containsText("Hochgeladen: flyer-nachbarschaftsfest.pdf");
        assertThat(page.locator("#upload-results").getAttribute("data-status")).isEqualTo("200");
        page.navigate(base() + ASSETS);
        assertThat(page.locator("table.assets-list").textContent()).contains("flyer-nachbarschaftsfest", "application/pdf");
    }
}
