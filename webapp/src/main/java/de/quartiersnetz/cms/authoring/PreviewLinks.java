package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Points the links of a page preview where an editor expects them to go. The preview shows the author tree, but
 * its links are the public site's: followed inside the frame they would show the published site as if it were
 * the draft. A link to another page of the site opens that page in the editor (in the top window, as Magnolia's
 * page editor does); every other link (detail pages, feeds, files, other hosts) opens in a new tab. Links within
 * the page ({@code #...}) stay as they are.
 */
final class PreviewLinks {
    private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET = Pattern.compile("\\s(?:target|rel)\\s*=\\s*\"[^\"]*\"", Pattern.CASE_INSENSITIVE);

    private final String contextPath;
    private final String editorUrl;
    private final Function<String, Optional<String>> pageAtUrl;

    /**
     * @param contextPath the servlet context path the site's links start with
     * @param editorUrl   the page editor's URL (with context path), to which {@code ?path=} is appended
     * @param pageAtUrl   the author page shown at a public URL path (without context path), if there is one
     */
    PreviewLinks(String contextPath, String editorUrl, Function<String, Optional<String>> pageAtUrl) {
        this.contextPath = contextPath;
        this.editorUrl = editorUrl;
        this.pageAtUrl = pageAtUrl;
    }

    String rewrite(String html) {
        Matcher anchor = ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 1024);
        while (anchor.find()) {
            anchor.appendReplacement(out, Matcher.quoteReplacement(rewriteAnchor(anchor.group(1))));
        }
        anchor.appendTail(out);
        return out.toString();
    }

    private String rewriteAnchor(String attributes) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return "<a" + attributes + ">";
        }
        String target = HtmlUtils.htmlUnescape(href.group(1));
        if (target.startsWith("#")) {
            return "<a" + attributes + ">";
        }
        String rest = TARGET.matcher(attributes.substring(0, href.start()) + attributes.substring(href.end()))
                .replaceAll("").strip();
        String others = rest.isEmpty() ? "" : " " + rest;
        return editorPage(target)
                .map(page -> "<a href=\"" + esc(editorUrl + "?path=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
                        + "\" target=\"_top\" rel=\"noopener\"" + others + ">")
                .orElseGet(() -> "<a href=\"" + href.group(1) + "\" target=\"_blank\" rel=\"noopener\"" + others + ">");
    }

    private Optional<String> editorPage(String target) {
        if (!target.startsWith("/") || target.startsWith("//") || !target.startsWith(contextPath)) {
            return Optional.empty();
        }
        String path = target.substring(contextPath.length());
        int end = indexOfAny(path, '?', '#');
        path = end < 0 ? path : path.substring(0, end);
        if (path.isEmpty()) {
            path = "/";
        }
        return path.startsWith("/.") ? Optional.empty() : pageAtUrl.apply(UriUtils.decode(path, StandardCharsets.UTF_8));
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
