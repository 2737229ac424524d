package de.quartiersnetz.cms.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.MagnoliaYaml;

/**
 * A site definition ({@code sites/<name>.yaml} in a light module): which subtree of the {@code website}
 * workspace is served at {@code /}, and at which URL prefixes content items have their detail pages.
 *
 * @param name        the definition's name
 * @param module      the light module that defines it
 * @param handlePrefix the page of the website workspace served at {@code /} (e.g. {@code /quartiersnetz}), or {@code /}
 * @param detailPages detail pages of content items, in definition order
 * @param parameters  the free {@code parameters} map (title, organisation ...), handed to templates as {@code site}
 * @param baseUrl     the absolute URL the site is reachable at (canonical URLs, feeds, sitemap), without context path
 * @param errorPages  site URLs of pages shown for errors ({@code notFound})
 * @param sections    the whole definition, for {@code feeds}, {@code calendars} and {@code templates}
 */
public record Site(String name, String module, String handlePrefix, List<DetailPage> detailPages,
        Map<String, Object> parameters, String baseUrl, Map<String, String> errorPages, Map<String, Object> sections) {

    /**
     * Items of {@code workspace} are shown at {@code <uriPrefix>/<item name>} by rendering the website page
     * {@code page} (workspace path) with the item in the model as {@code item}.
     */
    public record DetailPage(String name, String workspace, String uriPrefix, String page) {
    }

    public static Site fallback() {
        return new Site("default", null, "/", List.of(), Map.of(), "", Map.of(), Map.of());
    }

    @SuppressWarnings("unchecked")
    static Site of(String name, String module, Map<String, Object> tree) {
        String handlePrefix = "/";
        if (tree.get("mappings") instanceof Map<?, ?> mappings && mappings.get("website") instanceof Map<?, ?> website
                && website.get("handlePrefix") != null) {
            handlePrefix = normalise(String.valueOf(website.get("handlePrefix")));
        }
        List<DetailPage> details = new ArrayList<>();
        if (tree.get("detailPages") instanceof Map<?, ?> pages) {
            pages.forEach((key, value) -> {
                if (value instanceof Map<?, ?> page && page.get("workspace") != null && page.get("uriPrefix") != null
                        && page.get("page") != null) {
                    details.add(new DetailPage(String.valueOf(key), String.valueOf(page.get("workspace")),
                            normalise(String.valueOf(page.get("uriPrefix"))), normalise(String.valueOf(page.get("page")))));
                }
            });
        }
        Map<String, Object> parameters = tree.get("parameters") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Map<String, String> errorPages = new java.util.LinkedHashMap<>();
        if (tree.get("errorPages") instanceof Map<?, ?> pages) {
            pages.forEach((key, value) -> errorPages.put(String.valueOf(key), normalise(String.valueOf(value))));
        }
        String baseUrl = tree.get("baseUrl") == null ? "" : String.valueOf(tree.get("baseUrl")).strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        return new Site(name, module, handlePrefix, List.copyOf(details), parameters, baseUrl, Map.copyOf(errorPages), tree);
    }

    private static String normalise(String path) {
        String out = path.strip();
        if (!out.startsWith("/")) {
            out = "/" + out;
        }
        while (out.length() > 1 && out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    /** A map-of-maps section of the definition, e.g. {@code feeds} or {@code calendars}, by entry name. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> section(String name) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        if (sections.get(name) instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> entry) {
                    out.put(String.valueOf(key), (Map<String, Object>) entry);
                }
            });
        }
        return out;
    }

    /** The site URL of an error page ({@code notFound}), or {@code null}. */
    /**
     * Whether editors may create pages with a template on this site, as Magnolia's site definition says under
     * {@code templates/availability}: every template when there is no such node or it has {@code enableAll: true},
     * otherwise the templates listed by {@code id}. (The template's own {@code visible: false} is checked apart.)
     */
    public boolean offersPageTemplate(String templateId) {
        if (!(sections.get("templates") instanceof Map<?, ?> templates)
                || !(templates.get("availability") instanceof Map<?, ?> availability)
                || Boolean.parseBoolean(String.valueOf(availability.get("enableAll")))) {
            return true;
        }
        return MagnoliaYaml.namedItems(availability.get("templates")).stream()
                .anyMatch(entry -> templateId.equals(String.valueOf(entry.get("id"))));
    }

    public String errorPage(String kind) {
        return errorPages.get(kind);
    }

    /** The public URL (without context path) of a website page, or {@code null} when it lies outside the site. */
    public String pageUrl(String pagePath) {
        if (handlePrefix.equals("/")) {
            return pagePath;
        }
        if (pagePath.equals(handlePrefix)) {
            return "/";
        }
        if (pagePath.startsWith(handlePrefix + "/")) {
            return pagePath.substring(handlePrefix.length());
        }
        return null;
    }

    /** The website page path for a public URL path ({@code /} is the site's root page). */
    public String pagePath(String uri) {
        if (uri.equals("/") || uri.isEmpty()) {
            return handlePrefix;
        }
        return handlePrefix.equals("/") ? uri : handlePrefix + uri;
    }

    public Optional<DetailPage> detailPageFor(String workspace) {
        return detailPages.stream().filter(d -> d.workspace().equals(workspace)).findFirst();
    }

    /** The detail page whose prefix the URL path has directly above one more segment. */
    public Optional<DetailPage> detailPageAt(String uriPrefix) {
        return detailPages.stream().filter(d -> d.uriPrefix().equals(uriPrefix)).findFirst();
    }

    /** The detail URL of a content item, or {@code null} when its workspace has no detail page. */
    public String itemUrl(String workspace, String itemPath) {
        return detailPageFor(workspace).map(d -> d.uriPrefix() + "/" + itemPath.substring(itemPath.lastIndexOf('/') + 1))
                .orElse(null);
    }
}
