package de.quartiersnetz.cms.rendering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.repository.ContentNotFoundException;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * The public website: maps a URL to a page of the live tree (through the site definition), or to a content
 * item's detail page, checks the query parameters the page template declares, renders and caches the answer.
 * Only the live tree is ever read here: drafts and unpublished changes cannot reach the public.
 */
@Component
public class PublicSite {
    private static final Logger LOG = LoggerFactory.getLogger(PublicSite.class);
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._~-]{0,199}");
    private static final int MAX_PARAMETER_LENGTH = 200;

    private final PageRenderer renderer;
    private final Sites sites;
    private final SiteLinks links;
    private final ContentRepository repository;
    private final PublicPageCache cache;
    private final SiteFeeds feeds;

    public PublicSite(PageRenderer renderer, Sites sites, SiteLinks links, ContentRepository repository,
            PublicPageCache cache, SiteFeeds feeds) {
        this.feeds = feeds;
        this.renderer = renderer;
        this.sites = sites;
        this.links = links;
        this.repository = repository;
        this.cache = cache;
    }

    /** Where a URL leads: a page, and for a detail URL the item shown on it. */
    record Target(String pagePath, String templateId, String itemWorkspace, String itemPath) {
    }

    /** Answers a GET of a public URL path (without context path); never throws for bad input. */
    public PublicResponse get(String uri, Map<String, String[]> query, String contextPath) {
        Site site = sites.current();
        PublicResponse cachedFeed = cache.get(uri);
        if (cachedFeed != null && !cachedFeed.contentType().startsWith("text/html")) {
            return cachedFeed;
        }
        try {
            long before = cache.generation();
            Optional<PublicResponse> feed = feeds.handle(site, uri, contextPath);
            if (feed.isPresent()) {
                cache.put(uri, feed.get(), before);
                return feed.get();
            }
        } catch (RuntimeException e) {
            LOG.error("Writing {} failed", uri, e);
            return serverError(site, contextPath);
        }
        Optional<Target> target;
        try {
            target = resolve(site, uri);
        } catch (RuntimeException e) {
            LOG.error("Resolving {} failed", uri, e);
            return serverError(site, contextPath);
        }
        if (target.isEmpty()) {
            return notFound(site, contextPath);
        }
        Map<String, String[]> parameters;
        try {
            parameters = acceptedParameters(target.get().templateId(), query);
        } catch (IllegalArgumentException e) {
            return PublicResponse.html(400, ErrorPages.page(site, contextPath, 400, e.getMessage()));
        }
        String key = uri + cacheKeySuffix(parameters);
        PublicResponse cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        PublicResponse response;
        try {
            response = PublicResponse.html(200, render(site, target.get(), uri, parameters, contextPath));
        } catch (ContentNotFoundException e) {
            response = notFound(site, contextPath);
        } catch (TemplateRenderException e) {
            TemplateEngine.logFailure(e, uri);
            return serverError(site, contextPath);
        } catch (RuntimeException e) {
            LOG.error("Rendering {} failed", uri, e);
            return serverError(site, contextPath);
        }
        cache.put(key, response, generation);
        return response;
    }

    private String render(Site site, Target target, String uri, Map<String, String[]> parameters, String contextPath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteModel(site));
        model.put("requestPath", uri);
        model.put("canonicalUrl", site.baseUrl() + contextPath + uri);
        Map<String, String> nodes = target.itemWorkspace() == null ? Map.of()
                : Map.of("item", target.itemWorkspace() + ":" + target.itemPath());
        return renderer.render(new PageRenderer.Request(Tree.LIVE, target.pagePath(), Locale.GERMAN, false, parameters,
                contextPath, links::forContext, model, nodes));
    }

    static Map<String, Object> siteModel(Site site) {
        Map<String, Object> model = new LinkedHashMap<>(site.parameters());
        model.put("name", site.name());
        model.put("module", site.module());
        model.put("baseUrl", site.baseUrl());
        return model;
    }

    Optional<Target> resolve(Site site, String uri) {
        String path = uri == null || uri.isEmpty() ? "/" : uri;
        if (!path.equals("/")) {
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            for (String segment : path.substring(1).split("/", -1)) {
                if (!SEGMENT.matcher(segment).matches()) {
                    return Optional.empty();
                }
            }
        }
        String finalPath = path;
        if (site.detailPages().stream().anyMatch(d -> d.page().equals(finalPath))) {
            return Optional.empty();
        }
        return repository.read(Tree.LIVE, "site.resolve", session -> {
            String pagePath = site.pagePath(finalPath);
            String absolute = WorkspacePaths.absolute(PageRenderer.WEBSITE, pagePath);
            if (session.nodeExists(absolute) && session.getNode(absolute).isNodeType("mgnl:page")) {
                return Optional.of(new Target(pagePath, NodePaths.template(session.getNode(absolute)), null, null));
            }
            int slash = finalPath.lastIndexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            Optional<Site.DetailPage> detail = site.detailPageAt(finalPath.substring(0, slash));
            if (detail.isEmpty()) {
                return Optional.empty();
            }
            String name = finalPath.substring(slash + 1);
            String itemPath = "/" + name;
            String itemAbsolute = WorkspacePaths.absolute(detail.get().workspace(), itemPath);
            String detailPage = site.pagePath(detail.get().page());
            String detailAbsolute = WorkspacePaths.absolute(PageRenderer.WEBSITE, detailPage);
            if (!session.nodeExists(itemAbsolute) || session.getNode(itemAbsolute).isNodeType("mgnl:folder")
                    || !session.nodeExists(detailAbsolute)) {
                return Optional.empty();
            }
            return Optional.of(new Target(detailPage, NodePaths.template(session.getNode(detailAbsolute)),
                    detail.get().workspace(), itemPath));
        });
    }

    /**
     * Keeps only the query parameters the page template declares ({@code parameters.queryParameters.<name>:
     * {pattern, maxLength}}); a declared one whose value does not match is refused.
     */
    @SuppressWarnings("unchecked")
    Map<String, String[]> acceptedParameters(String templateId, Map<String, String[]> query) {
        Map<String, String[]> accepted = new TreeMap<>();
        if (query == null || query.isEmpty()) {
            return accepted;
        }
        Optional<Definition> definition = renderer.definitions().find(templateId);
        if (definition.isEmpty() || !(definition.get().tree().get("parameters") instanceof Map<?, ?> parameters)
                || !(parameters.get("queryParameters") instanceof Map<?, ?> declared)) {
            return accepted;
        }
        for (Map.Entry<?, ?> entry : declared.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String[] values = query.get(name);
            if (values == null || values.length == 0) {
                continue;
            }
            if (values.length > 1) {
                throw new IllegalArgumentException("Der Parameter „" + name + "“ darf nur einmal angegeben werden.");
            }
            String value = values[0].strip();
            if (value.isEmpty()) {
                continue;
            }
            Map<String, Object> rule = entry.getValue() instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            int max = rule.get("maxLength") instanceof Number n ? n.intValue() : MAX_PARAMETER_LENGTH;
            if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("Der Wert für „" + name + "“ ist zu lang oder enthält Steuerzeichen.");
            }
            if (rule.get("pattern") != null) {
                try {
                    if (!Pattern.compile(String.valueOf(rule.get("pattern"))).matcher(value).matches()) {
                        throw new IllegalArgumentException("Der Wert für „" + name + "“ ist nicht zulässig.");
                    }
                } catch (PatternSyntaxException e) {
                    LOG.error("Template {} declares an invalid pattern for '{}': {}", templateId, name, e.getMessage());
                    throw new IllegalArgumentException("Der Parameter „" + name + "“ kann nicht geprüft werden.");
                }
            }
            if (rule.get("options") instanceof List<?> options && !options.contains(value)) {
                throw new IllegalArgumentException("Der Wert für „" + name + "“ ist nicht zulässig.");
            }
            accepted.put(name, new String[] {value});
        }
        return accepted;
    }

    private static String cacheKeySuffix(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        parameters.forEach((name, values) -> out.append(name).append('=').append(values[0]).append('&'));
        return out.toString();
    }

    PublicResponse notFound(Site site, String contextPath) {
        String page = site.errorPage("notFound");
        if (page != null) {
            try {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("site", siteModel(site));
                model.put("requestPath", page);
                model.put("canonicalUrl", site.baseUrl() + contextPath + page);
                return PublicResponse.html(404, renderer.render(new PageRenderer.Request(Tree.LIVE, site.pagePath(page),
                        Locale.GERMAN, false, Map.of(), contextPath, links::forContext, model)));
            } catch (RuntimeException e) {
                LOG.warn("The site's not-found page {} could not be rendered: {}", page, e.getMessage());
            }
        }
        return PublicResponse.html(404, ErrorPages.page(site, contextPath, 404, null));
    }

    PublicResponse serverError(Site site, String contextPath) {
        return PublicResponse.html(500, ErrorPages.page(site, contextPath, 500, null));
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
