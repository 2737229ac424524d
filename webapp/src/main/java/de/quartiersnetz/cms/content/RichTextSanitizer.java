package de.quartiersnetz.cms.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Cleans rich text with the OWASP Java HTML Sanitizer before it is stored: formatting, headings, lists, tables,
 * quotes and links (http, https, mailto; {@code rel="noopener"}) stay; scripts, event handlers, styles, classes,
 * iframes, images and every other element or attribute go.
 *
 * <p>The output is written with HTML5's own escaping (only {@code & < >}, and {@code "} in attributes) instead of
 * the library's renderer, which also encodes {@code " @ + = `} in text. Stored text stays readable in exports and
 * the delivery API, and already clean text is stored unchanged, so saving an item twice changes nothing.
 */
public final class RichTextSanitizer {
    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li", "a",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .requireRelsOnLinks("noopener")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("th", "td")
            .allowAttributes("span").matching(SPAN).onElements("col", "colgroup")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .toFactory();

    private RichTextSanitizer() {
    }

    public static String sanitize(String html) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, POLICY.apply(new Html5Writer(out)));
        return out.toString();
    }

    /** Serialises the sanitizer's events as HTML5 does: void elements without end tags, minimal escaping. */
    private static final class Html5Writer implements HtmlStreamEventReceiver {
        private static final Set<String> VOID = Set.of("br", "hr", "col");
        private final StringBuilder out;

        Html5Writer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            out.append('<').append(name);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                out.append(' ').append(attributes.get(i)).append("=\"");
                escape(attributes.get(i + 1), true);
                out.append('"');
            }
            out.append('>');
        }

        @Override
        public void closeTag(String name) {
            if (!VOID.contains(name)) {
                out.append("</").append(name).append('>');
            }
        }

        @Override
        public void text(String text) {
            escape(text, false);
        }

        private void escape(String text, boolean attribute) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    case '\0' -> { }
                    default -> out.append(c);
                }
            }
        }
    }
}
