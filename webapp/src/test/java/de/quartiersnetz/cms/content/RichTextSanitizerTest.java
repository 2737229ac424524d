package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.quartiersnetz.cms.repository.Tree;

/** Rich text is sanitised on the one write path: forms, updates and imports alike. */
class RichTextSanitizerTest {
    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">Text</p>",
            "<a href=\"javascript:alert(1)\">Link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">Link</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Link</a>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<svg onload=alert(1)><circle/></svg>",
            "<style>body{display:none}</style>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p>x</p><!--<script>alert(1)</script>-->",
            "<div><a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a></div>");

    @TempDir
    Path dataDir;

    ProjectContent content;

    @BeforeEach
    void open() {
        content = new ProjectContent(dataDir);
        content.importDemo();
    }

    @AfterEach
    void close() {
        content.close();
    }

    @Test
    void removesScriptsHandlersStylesAndFrames() {
        for (String payload : XSS) {
            String clean = RichTextSanitizer.sanitize(payload).toLowerCase();
            assertThat(clean).as(payload).doesNotContain("<script", "onerror", "onclick", "onload", "onmouseover",
                    "style", "javascript:", "data:", "<iframe", "<svg", "<object", "<embed", "<form", "<img", "class=");
        }
    }

    @Test
    void keepsFormattingLinksListsHeadingsAndTables() {
        String html = "<h2>Angebote</h2><p><strong>Beratung</strong> und <em>Café</em> „im Kiez“ – qm@leipzig.de</p>"
                + "<ul><li>eins</li></ul><ol><li>zwei</li></ol><blockquote>Zitat</blockquote>"
                + "<p><a href=\"https://www.leipzig.de\">Stadt</a> <a href=\"mailto:qm@leipzig.de\">Mail</a><br>Zeile</p>"
                + "<table><thead><tr><th scope=\"col\">Tag</th></tr></thead><tbody><tr><td colspan=\"2\">Mo</td></tr></tbody></table>";
        String clean = RichTextSanitizer.sanitize(html);
        assertThat(clean).contains("<h2>Angebote</h2>", "<strong>Beratung</strong>", "<em>Café</em>", "„im Kiez“",
                "qm@leipzig.de", "<ul><li>eins</li></ul>", "<blockquote>Zitat</blockquote>",
                "<a href=\"https://www.leipzig.de\" rel=\"noopener\">Stadt</a>",
                "<a href=\"mailto:qm@leipzig.de\" rel=\"noopener\">Mail</a>", "<br>Zeile",
                "<th scope=\"col\">Tag</th>", "<td colspan=\"2\">Mo</td>");
        assertThat(RichTextSanitizer.sanitize(clean)).isEqualTo(clean);
    }

    @Test
    void escapesTextMinimallyAndStaysStable() {
        String html = "<p>Tagung \"Gemeinsam\" a+b=c `x` &amp; 1 &lt; 2&nbsp;Uhr</p>";
        String clean = RichTextSanitizer.sanitize(html);
        assertThat(clean).isEqualTo("<p>Tagung \"Gemeinsam\" a+b=c `x` &amp; 1 &lt; 2\u00a0Uhr</p>");
        assertThat(RichTextSanitizer.sanitize(clean)).isEqualTo(clean);
        assertThat(RichTextSanitizer.sanitize("<a href=\"https://x.example/?a=1&b=\\\"2\\\"\" title='say \"hi\"'>x</a>"))
                .contains("title=\"say &quot;hi&quot;\"", "&amp;b=");
    }

    @Test
    void theWriterStoresRichTextSanitisedAndPlainTextAsTyped() {
        content.writer.create("projects", "/", "xss", Map.of(
                "title", "<b>Titel</b> mit <script>",
                "description", "<p onclick=\"alert(1)\">Text</p><script>alert(1)</script>",
                "background_en", "<iframe src=\"https://example.org\"></iframe><p style=\"color:red\">Back</p>"), "editor");
        Map<String, String> stored = content.repository.read(Tree.AUTHOR, "test", session -> {
            var node = session.getNode("/projects/xss");
            return Map.of("title", node.getProperty("title").getString(),
                    "description", node.getProperty("description").getString(),
                    "background_en", node.getProperty("background_en").getString());
        });
        assertThat(stored).containsEntry("title", "<b>Titel</b> mit <script>")
                .containsEntry("description", "<p>Text</p>")
                .containsEntry("background_en", "<p>Back</p>");
    }

    @Test
    void richTextThatIsOnlyAScriptCountsAsEmpty() {
        try {
            content.writer.create("news", "/", "leer", Map.of("title", "T", "date", "2026-01-01",
                    "body", "<script>alert(1)</script>"), "editor");
        } catch (ContentValidationException e) {
            throw new AssertionError(e);
        }
        Boolean hasBody = content.repository.read(Tree.AUTHOR, "test",
                session -> session.getNode("/news/leer").hasProperty("body"));
        assertThat(hasBody).isFalse();
    }

    @Test
    void importedRichTextIsSanitisedToo() throws Exception {
        Path file = dataDir.resolve("import").resolve("networks.xss-netz.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                'xss-netz':
                  'jcr:primaryType': 'mgnl:content'
                  'title': 'XSS-Netz'
                  'description': '<p>Gut</p><img src=x onerror=alert(1)><script>alert(1)</script>'
                """);
        content.writer.importFiles(List.of(new ExportYamlReader().read(file)), "import", ImportProgress.NONE);
        String description = content.repository.read(Tree.AUTHOR, "test",
                session -> session.getNode("/networks/xss-netz").getProperty("description").getString());
        assertThat(description).isEqualTo("<p>Gut</p>");
    }
}
