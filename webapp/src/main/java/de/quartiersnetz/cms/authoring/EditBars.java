package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import de.quartiersnetz.cms.content.PageReader;

/**
 * Turns the edit markers of an author preview into edit bars: after {@code <!-- cms:page ... -->} (placed at the
 * start of the body) a bar with the page actions, after {@code <!-- cms:area ... -->} a bar to add a component
 * (when the area rules allow one), after {@code <!-- cms:component ... -->} a bar to edit, move and delete it.
 * The bars are plain links and forms that open their targets in the top window: the preview runs in a sandboxed
 * frame without scripts, and every action works by keyboard. Markers are kept as they are.
 *
 * <p>Which actions a bar offers is decided from the page's structure as read from the repository, not from the
 * marker attributes: a marker for content outside this page (inherited components) gets a bar without actions.
 */
final class EditBars {
    private static final Pattern MARKER = Pattern.compile("<!--\\s*(/?)cms:(page|area|component)\\b([^>]*?)-->");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)=\"([^\"]*)\"");
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);

    /**
     * What the bars need to know.
     *
     * @param base            the Pages app's URL including the context path
     * @param stylesheet      the URL of the bars' stylesheet
     * @param componentTitles component template id to its title
     * @param areaTitles      area path to its title
     * @param text            the UI texts by key, with arguments
     */
    record Context(String pagePath, String base, String stylesheet, String csrfName, String csrfToken,
                   List<PageReader.AreaView> areas, Map<String, String> componentTitles, Map<String, String> areaTitles,
                   Text text) {
    }

    /** A UI message by key and arguments. */
    interface Text {
        String get(String key, Object... arguments);
    }

    private EditBars() {
    }

    static String insert(String html, Context context) {
        Map<String, PageReader.AreaView> areas = new LinkedHashMap<>();
        Map<String, PageReader.ComponentView> components = new LinkedHashMap<>();
        index(context.areas(), areas, components);
        StringBuilder out = new StringBuilder(html.length() + 4096);
        Matcher marker = MARKER.matcher(html);
        String pageBar = null;
        int last = 0;
        while (marker.find()) {
            out.append(html, last, marker.end());
            last = marker.end();
            if (!marker.group(1).isEmpty()) {
                continue;
            }
            Map<String, String> attributes = attributes(marker.group(3));
            String path = contentPath(attributes.get("content"));
            switch (marker.group(2)) {
                case "page" -> pageBar = pageBar(context);
                case "area" -> out.append(areaBar(context, path, attributes, areas.get(path)));
                default -> out.append(componentBar(context, path, components.get(path)));
            }
        }
        out.append(html, last, html.length());
        String result = out.toString();
        Matcher body = BODY.matcher(result);
        if (body.find()) {
            String bar = pageBar != null ? pageBar : pageBar(context);
            result = result.substring(0, body.end()) + bar + result.substring(body.end());
        }
        Matcher headEnd = HEAD_END.matcher(result);
        String link = "<link rel=\"stylesheet\" href=\"" + esc(context.stylesheet()) + "\">";
        if (headEnd.find()) {
            result = result.substring(0, headEnd.start()) + link + result.substring(headEnd.start());
        } else {
            result = link + result;
        }
        return result;
    }

    private static String pageBar(Context c) {
        String label = c.text().get("pages.bar.page");
        return "<div class=\"cms-bar cms-page-bar\" role=\"group\" aria-label=\"" + esc(label) + "\">"
                + "<span class=\"cms-bar-label\">" + esc(label) + "</span>"
                + link(c.base() + "/properties?path=" + url(c.pagePath()), c.text().get("pages.action.properties"), null)
                + link(c.base(), c.text().get("pages.back"), null)
                + "</div>";
    }

    private static String areaBar(Context c, String path, Map<String, String> attributes, PageReader.AreaView area) {
        String title = c.areaTitles().getOrDefault(path, attributes.getOrDefault("name", path));
        String label = c.text().get("pages.bar.area", title);
        StringBuilder bar = new StringBuilder("<div class=\"cms-bar cms-area-bar\" role=\"group\" aria-label=\"")
                .append(esc(label)).append("\"><span class=\"cms-bar-label\">").append(esc(label)).append("</span>");
        if (area != null && area.rule().editable()) {
            if (area.full()) {
                bar.append("<span class=\"cms-bar-note\">").append(esc(c.text().get("pages.editor.areaFull"))).append("</span>");
            } else {
                bar.append(link(c.base() + "/component/add?area=" + url(path), c.text().get("pages.component.add"),
                        title));
            }
        }
        return bar.append("</div>").toString();
    }

    private static String componentBar(Context c, String path, PageReader.ComponentView component) {
        if (component == null) {
            return "";
        }
        String title = c.componentTitles().getOrDefault(String.valueOf(component.template()),
                String.valueOf(component.template()));
        String label = c.text().get("pages.bar.component", title);
        String which = title + " " + (component.index() + 1);
        StringBuilder bar = new StringBuilder("<div class=\"cms-bar cms-component-bar\" role=\"group\" aria-label=\"")
                .append(esc(label)).append("\"><span class=\"cms-bar-label\">").append(esc(label)).append("</span>")
                .append(link(c.base() + "/component/edit?path=" + url(path), c.text().get("pages.component.edit"), which));
        if (!component.first()) {
            bar.append(move(c, path, "up", c.text().get("pages.component.up"), which));
        }
        if (!component.last()) {
            bar.append(move(c, path, "down", c.text().get("pages.component.down"), which));
        }
        bar.append(link(c.base() + "/component/delete?path=" + url(path), c.text().get("pages.component.delete"), which));
        return bar.append("</div>").toString();
    }

    private static String move(Context c, String path, String direction, String label, String which) {
        return "<form method=\"post\" action=\"" + esc(c.base()) + "/component/move\" target=\"_top\">"
                + "<input type=\"hidden\" name=\"" + esc(c.csrfName()) + "\" value=\"" + esc(c.csrfToken()) + "\">"
                + "<input type=\"hidden\" name=\"path\" value=\"" + esc(path) + "\">"
                + "<input type=\"hidden\" name=\"direction\" value=\"" + direction + "\">"
                + "<button type=\"submit\">" + esc(label) + hidden(which) + "</button></form>";
    }

    private static String link(String href, String label, String which) {
        return "<a href=\"" + esc(href) + "\" target=\"_top\">" + esc(label) + (which == null ? "" : hidden(which)) + "</a>";
    }

    private static String hidden(String text) {
        return "<span class=\"cms-visually-hidden\"> (" + esc(text) + ")</span>";
    }

    private static void index(List<PageReader.AreaView> areas, Map<String, PageReader.AreaView> byPath,
                              Map<String, PageReader.ComponentView> components) {
        for (PageReader.AreaView area : areas) {
            byPath.put(area.path(), area);
            for (PageReader.ComponentView component : area.components()) {
                components.put(component.path(), component);
                index(component.areas(), byPath, components);
            }
        }
    }

    /** {@code website:/a/b} gives {@code /a/b}; anything else is returned as it is. */
    private static String contentPath(String content) {
        if (content == null) {
            return "";
        }
        int colon = content.indexOf(':');
        return colon >= 0 && content.startsWith("website:") ? content.substring(colon + 1) : content;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), HtmlUtils.htmlUnescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
