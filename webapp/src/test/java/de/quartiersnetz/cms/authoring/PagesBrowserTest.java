package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestServerProperties;

/** The Pages app in headless Chromium: tree, add page, page editor, component dialog, publish, keyboard, axe-core. */
@Tag("browser")
@CmsServerTest
class PagesBrowserTest {
    static final String PASSWORD = "Pages-Browser-Test-2026";
    static final String PAGES = "/.magnolia/admincentral/pages";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServerProperties.register(registry, temp, PagesTestModules.copyTo(temp.resolve("modules")), PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    PageReader reader;
    @Autowired
    ContentRepository repository;
    @Autowired
    de.quartiersnetz.cms.rendering.Sites sites;
    @Autowired
    de.quartiersnetz.cms.content.PageWriter writer;
    @Autowired
    de.quartiersnetz.cms.publishing.Publisher publisher;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Page signedIn() {
        Page page = chromium.newPage();
        Chromium.login(page, base(), "superuser", PASSWORD);
        return page;
    }

    @Test
    void anEditorAddsAPageEditsATextComponentInItsDialogAndPublishesIt() {
        Page page = signedIn();
        page.navigate(base() + "/.magnolia/admincentral");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seiten").setExact(true)).click();
        page.waitForURL(url -> url.endsWith(PAGES));
        // below the site's root page (its handlePrefix), so that the page is public at a site URL once published
        String root = sites.current().handlePrefix();
        if (!root.equals("/") && !reader.isPage(root) && root.lastIndexOf('/') == 0) {
            writer.createPage("/", root.substring(1), "pages-test:pages/plain", "Startseite", "superuser");
            publisher.publish("website", root, false, "superuser");
        }
        String parent = root.equals("/") || !reader.isPage(root) ? "/" : root;
        String path = (parent.equals("/") ? "" : parent) + "/browser-strasse";
        String encoded = PagesAppTest.enc(path);
        if (parent.equals("/")) {
            link(page, "Seite hinzufügen").click();
        } else {
            page.navigate(base() + PAGES + "/add?parent=" + PagesAppTest.enc(parent));
        }
        page.getByLabel("Vorlage").selectOption("pages-test:pages/start");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Browser Straße");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        button(page, "Seite anlegen").click();
        page.waitForURL(url -> url.contains("/editor?path=" + encoded));
        assertThat(page.locator("#pages-notice").textContent()).contains("Browser Straße");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        link(page, "Komponente hinzufügen (Hauptbereich)").click();
        assertThat(page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        button(page, "Weiter").click();
        waitForRichText(page);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByLabel("Überschrift").fill("Willkommen 1");
        button(page, "Speichern").first().click();
        page.locator("#error-summary").waitFor();
        assertThat(page.locator("#error-summary").textContent()).contains("Bitte ohne Ziffern.");
        assertThat(page.getByLabel("Überschrift").inputValue()).isEqualTo("Willkommen 1");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByLabel("Überschrift").fill("Willkommen im Quartier");
        waitForRichText(page);
        page.evaluate("() => { tinymce.get()[0].setContent('<p>Erste Fassung</p>'); tinymce.get()[0].save(); }");
        button(page, "Speichern").first().click();
        page.waitForURL(url -> url.contains("/editor?path=" + encoded));
        assertThat(page.locator(".page-structure").textContent()).contains("Willkommen im Quartier");

        // the edit bar in the sandboxed preview opens the component's dialog in the top window
        com.microsoft.playwright.FrameLocator preview = page.frameLocator("iframe");
        assertThat(preview.locator("text=Willkommen im Quartier").first().isVisible()).isTrue();
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        preview.getByRole(AriaRole.LINK, new com.microsoft.playwright.FrameLocator.GetByRoleOptions()
                .setName("Bearbeiten (Text 1)").setExact(true)).click();
        page.waitForURL(url -> url.contains("/component/edit?path=" + PagesAppTest.enc(path + "/main/0")));
        page.getByLabel("Überschrift").fill("Willkommen im Stadtteil");
        button(page, "Speichern").first().click();
        page.waitForURL(url -> url.contains("/editor?path=" + encoded));
        assertThat(page.locator("#pages-notice").textContent()).contains("„Text“ wurde gespeichert.");

        button(page, "Veröffentlichen").click();
        page.waitForURL(url -> url.contains("/editor?path=" + encoded));
        assertThat(page.locator("#pages-notice").textContent()).contains("wurde veröffentlicht");
        assertThat(page.locator(".page-toolbar .status").textContent()).contains("Veröffentlicht");
        assertThat(liveHeadline("/website" + path + "/main/0")).isEqualTo("Willkommen im Stadtteil");

        // the public site shows the published change (once the rendering engine's site routing is in the build)
        String url = sites.current().pageUrl(path);
        assertThat(link(page, "Öffentliche Seite öffnen").getAttribute("href")).isEqualTo(url);
        if (!org.springframework.util.ClassUtils.isPresent("de.quartiersnetz.cms.rendering.PublicSiteController", null)) {
            return;
        }
        Page visitor = chromium.newPage();
        com.microsoft.playwright.Response answer = visitor.navigate(base() + url);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(visitor.locator("body").textContent()).contains("Willkommen im Stadtteil", "Erste Fassung")
                .doesNotContain("Willkommen im Quartier");
        assertThat(visitor.content()).doesNotContain("cms:component", "cms-bar");
    }

    @Test
    void thePreviewWithItsEditBarsHasNoAccessibilityViolationsAndItsBarsWorkByKeyboard() {
        Page page = signedIn();
        page.navigate(base() + PAGES + "/add?parent=%2F");
        page.getByLabel("Vorlage").selectOption("pages-test:pages/start");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Vorschau");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/editor?path=%2Fvorschau"));
        for (String headline : new String[] {"Erster Text", "Zweiter Text"}) {
            page.navigate(base() + PAGES + "/component/add?area=%2Fvorschau%2Fmain&template=pages-test%3Acomponents%2Ftext");
            page.getByLabel("Überschrift").fill(headline);
            button(page, "Speichern").first().click();
            page.waitForURL(url -> url.contains("/editor?path=%2Fvorschau"));
        }
        page.navigate(base() + PAGES + "/preview?path=%2Fvorschau");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten (Text 1)").setExact(true)).focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/editor?path=%2Fvorschau"));
        assertThat(reader.component("/vorschau/main/1").values()).containsEntry("headline", "Zweiter Text");
        assertThat(page.locator(".page-structure .component-title").first().textContent()).contains("Zweiter Text");
    }

    @Test
    void thePageTreeWorksByKeyboardAndHasNoAccessibilityViolations() {
        Page page = signedIn();
        page.navigate(base() + PAGES + "/add?parent=%2F");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Tastatur");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/editor?path=%2Ftastatur"));
        page.navigate(base() + PAGES + "/add?parent=%2Ftastatur");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Unterseite");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/editor?path=%2Ftastatur%2Funterseite"));
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();

        page.navigate(base() + PAGES);
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        Locator summary = page.locator("tr", new Page.LocatorOptions().setHasText("/tastatur/unterseite"))
                .locator("summary");
        summary.focus();
        page.keyboard().press("Enter");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Seiteneigenschaften");
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Verschieben");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/move?path="));
        assertThat(Chromium.focusedIdAwaiting(page, "move-target")).isEqualTo("move-target");
        assertThat(Chromium.accessibilityViolations(page)).isEmpty();
        page.locator("#move-target").selectOption("/");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Verschieben");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith(PAGES));
        assertThat(reader.isPage("/unterseite")).isTrue();
        assertThat(page.locator("#pages-notice").textContent()).contains("wurde verschoben");
    }

    String liveHeadline(String path) {
        return repository.read(Tree.LIVE, "test", session -> session.nodeExists(path)
                ? session.getNode(path).getProperty("headline").getString() : null);
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void waitForRichText(Page page) {
        if (page.locator("textarea[data-rich-text]").count() > 0) {
            page.locator(".tox-tinymce").first().waitFor();
            page.waitForFunction("() => window.tinymce && tinymce.get().every(e => e.initialized)");
        }
    }
}
