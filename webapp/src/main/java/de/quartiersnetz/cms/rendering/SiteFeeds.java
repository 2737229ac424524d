package de.quartiersnetz.cms.rendering;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.ContentIndexes;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SearchQuery;
import de.quartiersnetz.cms.search.SortField;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The site's machine-readable answers, all from the live tree and configured in the site definition (no
 * content type is known here): {@code robots.txt}, {@code sitemap.xml}, RSS and Atom feeds ({@code feeds}),
 * iCalendar files per list ({@code calendars}) and per item ({@code <detail URL>.ics}).
 */
@Component
public class SiteFeeds {
    static final int MAX_ITEMS = 500;
    private final ContentRepository repository;
    private final ContentIndexes indexes;
    private final ZoneId zone;

    public SiteFeeds(ContentRepository repository, ContentIndexes indexes, java.time.Clock clock) {
        this.repository = repository;
        this.indexes = indexes;
        this.zone = clock.getZone();
    }

    /** The answer for a URL path, if it is one of the site's feeds, calendars, sitemap or robots.txt. */
    public Optional<PublicResponse> handle(Site site, String uri, String contextPath) {
        String base = site.baseUrl() + contextPath;
        if (uri.equals("/robots.txt")) {
            return Optional.of(PublicResponse.of(200, "text/plain;charset=UTF-8", "User-agent: *\nAllow: /\n"
                    + "Disallow: /.magnolia/\nSitemap: " + base + "/sitemap.xml\n"));
        }
        if (uri.equals("/sitemap.xml")) {
            return Optional.of(PublicResponse.of(200, "application/xml;charset=UTF-8", sitemap(site, base)));
        }
        for (Map.Entry<String, Map<String, Object>> feed : site.section("feeds").entrySet()) {
            String path = text(feed.getValue().get("path"));
            if (path == null) {
                continue;
            }
            if (uri.equals(path + ".rss")) {
                return Optional.of(PublicResponse.of(200, "application/rss+xml;charset=UTF-8",
                        feed(site, base, feed.getValue(), "rss_2.0", path + ".rss")));
            }
            if (uri.equals(path + ".atom")) {
                return Optional.of(PublicResponse.of(200, "application/atom+xml;charset=UTF-8",
                        feed(site, base, feed.getValue(), "atom_1.0", path + ".atom")));
            }
        }
        for (Map.Entry<String, Map<String, Object>> calendar : site.section("calendars").entrySet()) {
            if (uri.equals(text(calendar.getValue().get("path")))) {
                return Optional.of(PublicResponse.of(200, "text/calendar;charset=UTF-8",
                        calendar(site, base, calendar.getValue(), null)));
            }
        }
        if (uri.endsWith(".ics")) {
            String withoutSuffix = uri.substring(0, uri.length() - 4);
            int slash = withoutSuffix.lastIndexOf('/');
            if (slash > 0) {
                Optional<Site.DetailPage> detail = site.detailPageAt(withoutSuffix.substring(0, slash));
                String name = withoutSuffix.substring(slash + 1);
                if (detail.isPresent() && !name.isEmpty() && !name.contains(".")) {
                    for (Map<String, Object> calendar : site.section("calendars").values()) {
                        String ics = calendar(site, base, calendar, new String[] {detail.get().workspace(), "/" + name});
                        if (ics != null) {
                            return Optional.of(PublicResponse.of(200, "text/calendar;charset=UTF-8", ics));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- sitemap ----

    private String sitemap(Site site, String base) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        repository.read(Tree.LIVE, "site.sitemap", session -> {
            String root = WorkspacePaths.absolute(PageRenderer.WEBSITE, site.handlePrefix());
            if (session.nodeExists(root)) {
                pages(session.getNode(root), site, base, xml);
            }
            for (Site.DetailPage detail : site.detailPages()) {
                String workspaceRoot = "/" + detail.workspace();
                if (session.nodeExists(workspaceRoot)
                        && session.nodeExists(WorkspacePaths.absolute(PageRenderer.WEBSITE, site.pagePath(detail.page())))) {
                    items(session.getNode(workspaceRoot), detail, base, xml);
                }
            }
            return null;
        });
        return xml.append("</urlset>\n").toString();
    }

    private void pages(Node page, Site site, String base, StringBuilder xml) throws RepositoryException {
        String url = site.pageUrl(NodePaths.relative(page));
        boolean detailTemplate = site.detailPages().stream().anyMatch(d -> d.page().equals(url));
        if (url != null && !detailTemplate) {
            url(xml, base + url, page);
        }
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:page")) {
                pages(child, site, base, xml);
            }
        }
    }

    private void items(Node folder, Site.DetailPage detail, String base, StringBuilder xml) throws RepositoryException {
        for (NodeIterator it = folder.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:folder")) {
                items(child, detail, base, xml);
            } else if (child.isNodeType("mgnl:content")) {
                url(xml, base + detail.uriPrefix() + "/" + child.getName(), child);
            }
        }
    }

    private void url(StringBuilder xml, String location, Node node) throws RepositoryException {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location, "UTF-8")).append("</loc>");
        if (node.hasProperty("mgnl:lastModified")) {
            xml.append("<lastmod>").append(node.getProperty("mgnl:lastModified").getDate().toInstant().toString(),
                    0, 10).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    // ---- RSS and Atom ----

    private String feed(Site site, String base, Map<String, Object> config, String type, String selfPath) {
        String workspace = text(config.get("workspace"));
        String titleProperty = text(config.getOrDefault("titleProperty", "title"));
        String summaryProperty = text(config.get("summaryProperty"));
        String dateProperty = text(config.getOrDefault("dateProperty", "mgnl:lastModified"));
        int limit = number(config.get("limit"), 50);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(text(config.getOrDefault("title", site.parameters().getOrDefault("title", site.name()))));
        feed.setDescription(text(config.getOrDefault("description", feed.getTitle())));
        feed.setLink(base + "/");
        feed.setUri(base + selfPath);
        feed.setLanguage("de");
        List<SyndEntry> entries = new ArrayList<>();
        Date newest = null;
        repository.read(Tree.LIVE, "site.feed", session -> {
            for (Node item : items(session, workspace, dateProperty, null, limit)) {
                SyndEntry entry = new SyndEntryImpl();
                entry.setTitle(string(item, titleProperty, item.getName()));
                String url = site.itemUrl(workspace, NodePaths.relative(item));
                entry.setLink(url == null ? base + "/" : base + url);
                entry.setUri(url == null ? "urn:uuid:" + item.getIdentifier() : base + url);
                Date date = date(item, dateProperty);
                entry.setPublishedDate(date);
                entry.setUpdatedDate(date(item, "mgnl:lastModified"));
                if (summaryProperty != null && item.hasProperty(summaryProperty)) {
                    SyndContentImpl summary = new SyndContentImpl();
                    summary.setType("text/plain");
                    summary.setValue(item.getProperty(summaryProperty).getString());
                    entry.setDescription(summary);
                }
                entries.add(entry);
            }
            return null;
        });
        for (SyndEntry entry : entries) {
            Date date = entry.getPublishedDate();
            if (date != null && (newest == null || date.after(newest))) {
                newest = date;
            }
        }
        feed.setPublishedDate(newest);
        feed.setEntries(entries);
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            return out.toString();
        } catch (FeedException | java.io.IOException e) {
            throw new IllegalStateException("writing the feed failed: " + e.getMessage(), e);
        }
    }

    // ---- iCalendar ----

    /** The calendar of all sources, or of one item ({workspace, path}); {@code null} when the item is not in it. */
    @SuppressWarnings("unchecked")
    private String calendar(Site site, String base, Map<String, Object> config, String[] only) {
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.model.Calendar();
        calendar.add(new ProdId("-//" + site.name() + "//Quartiersnetz CMS//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (config.get("title") != null) {
            calendar.add(new XProperty("X-WR-CALNAME", text(config.get("title"))));
        }
        int[] count = {0};
        Map<String, Object> sources = config.get("sources") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        repository.read(Tree.LIVE, "site.calendar", session -> {
            for (Object value : sources.values()) {
                if (!(value instanceof Map<?, ?> raw)) {
                    continue;
                }
                Map<String, Object> source = (Map<String, Object>) raw;
                String workspace = text(source.get("workspace"));
                if (only != null && !only[0].equals(workspace)) {
                    continue;
                }
                String start = text(source.getOrDefault("startProperty", "start"));
                List<Node> nodes;
                if (only != null) {
                    String absolute = WorkspacePaths.absolute(workspace, only[1]);
                    nodes = session.nodeExists(absolute) && session.getNode(absolute).hasProperty(start)
                            ? List.of(session.getNode(absolute)) : List.of();
                } else {
                    nodes = items(session, workspace, start, start, MAX_ITEMS);
                }
                for (Node item : nodes) {
                    VEvent event = event(site, base, source, workspace, item);
                    if (event != null) {
                        calendar.add(event);
                        count[0]++;
                    }
                }
            }
            return null;
        });
        if (only != null && count[0] == 0) {
            return null;
        }
        return calendar.toString();
    }

    private VEvent event(Site site, String base, Map<String, Object> source, String workspace, Node item)
            throws RepositoryException {
        Date start = date(item, text(source.getOrDefault("startProperty", "start")));
        if (start == null) {
            return null;
        }
        Date end = date(item, text(source.get("endProperty")));
        String dateOnlyProperty = text(source.get("dateOnlyProperty"));
        boolean dateOnly = dateOnlyProperty != null && item.hasProperty(dateOnlyProperty)
                && item.getProperty(dateOnlyProperty).getBoolean();
        String title = string(item, text(source.get("titleProperty")), null);
        if (title == null) {
            title = string(item, "title", item.getName());
        }
        Temporal from = dateOnly ? start.toInstant().atZone(zone).toLocalDate() : start.toInstant();
        VEvent event;
        if (end != null && end.after(start)) {
            Temporal to = dateOnly ? end.toInstant().atZone(zone).toLocalDate().plusDays(1) : end.toInstant();
            event = new VEvent(from, to, title);
        } else if (dateOnly) {
            event = new VEvent(from, java.time.Period.ofDays(1), title);
        } else {
            event = new VEvent(from, title);
        }
        event.add(new Uid(item.getIdentifier() + "@" + site.name()));
        String url = site.itemUrl(workspace, NodePaths.relative(item));
        if (url != null) {
            event.add(new Url(URI.create(base.isEmpty() ? url : base + url)));
        }
        String location = location(item, text(source.get("locationProperty")));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        String description = string(item, text(source.get("descriptionProperty")), null);
        if (description != null) {
            event.add(new Description(description));
        }
        return event;
    }

    private static String location(Node item, String property) throws RepositoryException {
        if (property == null) {
            return null;
        }
        if (item.hasProperty(property)) {
            return item.getProperty(property).getString();
        }
        if (item.hasNode(property)) {
            List<String> parts = new ArrayList<>();
            for (PropertyIterator it = item.getNode(property).getProperties(); it.hasNext();) {
                Property p = it.nextProperty();
                if (!p.getName().contains(":") && p.getType() == PropertyType.STRING && !p.isMultiple()
                        && !p.getName().toLowerCase(java.util.Locale.ROOT).endsWith("url")) {
                    parts.add(p.getString());
                }
            }
            return String.join(", ", parts);
        }
        return null;
    }

    // ---- helpers ----

    /** Published items of a workspace, newest first by the property (items without it last), from the live index. */
    private List<Node> items(Session session, String workspace, String orderProperty, String requiredProperty, int limit)
            throws RepositoryException {
        SearchQuery.Builder query = SearchQuery.in(workspace).limit(Math.min(limit, MAX_ITEMS));
        if (orderProperty != null && !orderProperty.startsWith("mgnl:")) {
            query.orderBy(SortField.desc(orderProperty));
        }
        if (requiredProperty != null) {
            query.filter(requiredProperty, Operator.NULL, "false");
        }
        List<Node> out = new ArrayList<>();
        for (String path : indexes.live().search(query.build()).paths()) {
            String absolute = WorkspacePaths.absolute(workspace, path);
            if (session.nodeExists(absolute)) {
                out.add(session.getNode(absolute));
            }
        }
        return out;
    }

    private static Date date(Node node, String property) throws RepositoryException {
        if (property == null || !node.hasProperty(property)
                || node.getProperty(property).getType() != PropertyType.DATE) {
            return null;
        }
        Calendar calendar = node.getProperty(property).getDate();
        return Date.from(Instant.ofEpochMilli(calendar.getTimeInMillis()));
    }

    private static String string(Node node, String property, String fallback) throws RepositoryException {
        if (property != null && node.hasProperty(property) && !node.getProperty(property).isMultiple()) {
            String value = node.getProperty(property).getString();
            if (!value.isBlank()) {
                return value;
            }
        }
        return fallback;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static int number(Object value, int fallback) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
