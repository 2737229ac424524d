package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.content.PageTemplates;

/** Edit markers of a preview become edit bars as the area rules and the page's structure allow. */
class EditBarsTest {
    static final String HTML = """
            <!DOCTYPE html><html lang="de"><head><!-- cms:page content="website:/home" dialog="m:pages/home" --><title>Home</title></head>
            <body class="site"><main>
            <!-- cms:area content="website:/home/main" name="main" type="list" availableComponents="m:components/text" maxComponents="2" -->
            <!-- cms:component content="website:/home/main/0" dialog="m:components/text" --><p>Eins</p><!-- /cms:component -->
            <!-- cms:component content="website:/home/main/1" dialog="m:components/text" --><p>Zwei &amp; drei</p><!-- /cms:component -->
            <!-- /cms:area -->
            <!-- cms:area content="website:/home/aside" name="aside" type="single" availableComponents="m:components/text" -->
            <!-- /cms:area -->
            <!-- cms:area content="website:/home/footer" name="footer" type="list" availableComponents="m:components/text" -->
            <!-- cms:component content="website:/other/footer/0" dialog="m:components/text" --><p>Geerbt</p><!-- /cms:component -->
            <!-- /cms:area -->
            </main></body></html>""";

    static EditBars.Context context() {
        PageTemplates.AreaRule main = new PageTemplates.AreaRule("main", "Hauptbereich", "list", List.of("m:components/text"), 2);
        PageTemplates.AreaRule aside = new PageTemplates.AreaRule("aside", null, "single", List.of("m:components/text"), null);
        List<PageReader.ComponentView> components = List.of(
                new PageReader.ComponentView("/home/main/0", "0", "m:components/text", "Eins", List.of(), 0, 2),
                new PageReader.ComponentView("/home/main/1", "1", "m:components/text", "Zwei", List.of(), 1, 2));
        List<PageReader.AreaView> areas = List.of(new PageReader.AreaView("main", "/home/main", main, components),
                new PageReader.AreaView("aside", "/home/aside", aside, List.of()));
        return new EditBars.Context("/home", "/ctx/.magnolia/admincentral/pages", "/ctx/.magnolia/static/page-editor-bars.css",
                "_csrf", "token-1", areas, Map.of("m:components/text", "Text"),
                Map.of("/home/main", "Hauptbereich", "/home/aside", "aside"),
                (key, arguments) -> key + (arguments.length > 0 ? "(" + arguments[0] + ")" : ""));
    }

    @Test
    void thePageBarOpensTheBodyAndTheStylesheetClosesTheHead() {
        String html = EditBars.insert(HTML, context());
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/ctx/.magnolia/static/page-editor-bars.css\"></head>");
        assertThat(html).contains("<body class=\"site\"><div class=\"cms-bar cms-page-bar\" role=\"group\"");
        assertThat(html).contains("href=\"/ctx/.magnolia/admincentral/pages/properties?path=%2Fhome\" target=\"_top\"");
        assertThat(html).contains("<!-- cms:page content=\"website:/home\" dialog=\"m:pages/home\" -->");
    }

    @Test
    void aFullAreaOffersNoAddButEveryComponentGetsItsActions() {
        String html = EditBars.insert(HTML, context());
        int mainArea = html.indexOf("name=\"main\"");
        assertThat(html.substring(mainArea, html.indexOf("cms:component", mainArea))).contains("pages.editor.areaFull")
                .doesNotContain("component/add");
        assertThat(html).contains("component/add?area=%2Fhome%2Faside");
        assertThat(html).contains("component/edit?path=%2Fhome%2Fmain%2F0", "component/delete?path=%2Fhome%2Fmain%2F1");
        String first = html.substring(html.indexOf("website:/home/main/0"), html.indexOf("<p>Eins</p>"));
        assertThat(first).contains("value=\"down\"").doesNotContain("value=\"up\"")
                .contains("name=\"_csrf\" value=\"token-1\"", "target=\"_top\"");
        String second = html.substring(html.indexOf("website:/home/main/1"), html.indexOf("<p>Zwei"));
        assertThat(second).contains("value=\"up\"").doesNotContain("value=\"down\"");
    }

    @Test
    void markersOfContentOutsideThePageGetNoActions() {
        String html = EditBars.insert(HTML, context());
        String footer = html.substring(html.indexOf("name=\"footer\""));
        assertThat(footer).doesNotContain("component/add", "component/edit", "component/delete");
        assertThat(footer).contains("pages.bar.area(footer)");
    }
}
