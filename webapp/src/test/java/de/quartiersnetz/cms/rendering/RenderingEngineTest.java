package de.quartiersnetz.cms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.jcr.Node;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.server.CmsServerTest;
import de.quartiersnetz.cms.server.TestLightModules;

/**
 * The engine's Magnolia semantics on a small test module: area types (list, single, noComponent), maxComponents,
 * area scripts with {@code components}, inheritance (all and filtered), i18n properties, escaping and decode.
 */
@CmsServerTest
class RenderingEngineTest {
    @TempDir
    static Path temp;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("quartiersnetz.data-dir", () -> temp.resolve("data").toString());
        registry.add("quartiersnetz.light-modules", () -> testModule(TestLightModules.copyTo(temp.resolve("modules"))).toString());
        registry.add("quartiersnetz.watch-light-modules", () -> "false");
        registry.add("quartiersnetz.superuser-password", () -> "Engine-Test-2026");
    }

    static Path testModule(Path modules) {
        try {
            Path module = modules.resolve("engine-test");
            Files.createDirectories(module.resolve("templates/pages"));
            Files.createDirectories(module.resolve("templates/components"));
            Files.writeString(module.resolve("templates/pages/areas.yaml"), """
                    templateScript: /engine-test/templates/pages/areas.ftl
                    renderType: freemarker
                    areas:
                      one: {type: single, availableComponents: {t: {id: 'engine-test:components/t'}}}
                      none: {type: noComponent, templateScript: /engine-test/templates/pages/none.ftl}
                      max: {type: list, maxComponents: 2, availableComponents: {t: {id: 'engine-test:components/t'}}}
                      scripted: {templateScript: /engine-test/templates/pages/scripted.ftl}
                      all: {inheritance: {enabled: true, components: all}}
                      filtered: {inheritance: {enabled: true, components: filtered}}
                    """);
            Files.writeString(module.resolve("templates/pages/areas.ftl"), """
                    <html><body><h1>${content.title!}</h1><p id="raw">${content.html!}</p><div id="rich">${cmsfn.decode(content).html!}</div>
                    [#list ["one", "none", "max", "scripted", "all", "filtered"] as a]<section id="${a}">[@cms.area name=a /]</section>[/#list]
                    </body></html>
                    """);
            Files.writeString(module.resolve("templates/pages/none.ftl"), "NO-COMPONENTS ${components?size}");
            Files.writeString(module.resolve("templates/pages/scripted.ftl"),
                    "[#list components as c]<i>[@cms.component content=c /]</i>[/#list]");
            Files.writeString(module.resolve("templates/components/t.yaml"), """
                    templateScript: /engine-test/templates/components/t.ftl
                    renderType: freemarker
                    """);
            Files.writeString(module.resolve("templates/components/t.ftl"), "[${content.text!}@${content['@name']}]");
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ContentRepository repository;
    @Autowired
    PagePreview preview;
    @Autowired
    de.quartiersnetz.cms.modules.LightModuleLoader loader;

    @BeforeEach
    void pages() {
        repository.write(Tree.AUTHOR, "test.pages", session -> {
            if (session.nodeExists("/website/engine")) {
                session.getNode("/website/engine").remove();
            }
            Node parent = page(session.getNode("/website"), "engine", "Eltern");
            parent.setProperty("title_en", "Parent");
            parent.setProperty("html", "<b>fett</b>");
            area(parent, "all", "a1", "a2");
            Node filtered = area(parent, "filtered", "f1", "f2");
            filtered.getNode("0").setProperty("inheritable", true);
            Node child = page(parent, "kind", "Kind");
            area(child, "one", "o1", "o2");
            area(child, "none", "n1");
            area(child, "max", "m1", "m2", "m3");
            area(child, "scripted", "s1", "s2");
            area(child, "all", "own");
            return null;
        });
    }

    private static Node page(Node parent, String name, String title) throws javax.jcr.RepositoryException {
        Node page = parent.addNode(name, "mgnl:page");
        page.setProperty("mgnl:template", "engine-test:pages/areas");
        page.setProperty("title", title);
        return page;
    }

    private static Node area(Node page, String name, String... texts) throws javax.jcr.RepositoryException {
        Node area = page.addNode(name, "mgnl:area");
        int i = 0;
        for (String text : texts) {
            Node component = area.addNode(String.valueOf(i++), "mgnl:component");
            component.setProperty("mgnl:template", "engine-test:components/t");
            component.setProperty("text", text);
        }
        return area;
    }

    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void areaTypesMaxComponentsAndAreaScripts() {
        String html = preview.render("/engine/kind", Locale.GERMAN, false);
        assertThat(section(html, "one")).contains("[o1@0]").doesNotContain("o2");
        assertThat(section(html, "none")).contains("NO-COMPONENTS 0").doesNotContain("n1");
        assertThat(section(html, "max")).contains("[m1@0]", "[m2@1]").doesNotContain("m3");
        assertThat(section(html, "scripted")).contains("<i>[s1@0]</i><i>[s2@1]</i>");
    }

    @Test
    void inheritanceAllTakesEveryParentComponentFirstFilteredOnlyInheritableOnes() {
        String html = preview.render("/engine/kind", Locale.GERMAN, true);
        assertThat(section(html, "all")).containsSubsequence("[a1@0]", "[a2@1]", "[own@0]");
        assertThat(section(html, "filtered")).contains("[f1@0]").doesNotContain("f2");
        // inherited components are not editable on the child page
        assertThat(section(html, "all")).doesNotContain("cms:component content=\"website:/engine/all/0\"")
                .contains("cms:component content=\"website:/engine/kind/all/0\"");
    }

    @Test
    void propertiesAreEscapedUnlessDecodedAndI18nPropertiesFollowTheLocale() {
        String german = preview.render("/engine", Locale.GERMAN, false);
        assertThat(german).contains("<h1>Eltern</h1>", "<p id=\"raw\">&lt;b&gt;fett&lt;/b&gt;</p>",
                "<div id=\"rich\"><b>fett</b></div>");
        assertThat(preview.render("/engine", Locale.ENGLISH, false)).contains("<h1>Parent</h1>");
    }

    @Test
    void anUnknownAreaIsATemplateErrorWithFileAndLine() throws IOException {
        Path script = temp.resolve("modules/engine-test/templates/pages/scripted.ftl");
        String before = Files.readString(script);
        Files.writeString(script, "\n[@cms.area name=\"gibtsnicht\" /]");
        loader.load();
        try {
            String html = preview.render("/engine/kind", Locale.GERMAN, false);
            assertThat(html).contains("Fehler in der Vorlage", "/engine-test/templates/pages/scripted.ftl",
                    "Zeile:</strong> 2", "gibtsnicht");
        } finally {
            Files.writeString(script, before);
            loader.load();
        }
    }
}
