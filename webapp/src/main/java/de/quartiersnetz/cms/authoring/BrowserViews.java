package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/** Builds the {@link BrowserView} of one listing: labels in the UI language, cells formatted, links built. */
final class BrowserViews {
    static final String APPS_PATH = "/.magnolia/admincentral/apps/";

    private final MessageSource messages;
    private final ZoneId zone;

    BrowserViews(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    static String appUrl(String contextPath, ContentApp app) {
        return contextPath + APPS_PATH + encode(app.name());
    }

    BrowserView build(ContentApp app, BrowserParams asked, BrowserListing.Listing listing, String contextPath,
                      Locale locale, boolean canPublish) {
        BrowserParams params = asked.withPage(listing.page());
        String appUrl = appUrl(contextPath, app);
        CellFormatter cells = new CellFormatter(locale, zone,
                yes -> message(yes ? "browser.yes" : "browser.no", locale));
        List<BrowserView.Row> rows = new ArrayList<>();
        for (BrowserRow row : listing.rows()) {
            rows.add(row(app, params, row, appUrl, cells, locale, rows.size()));
        }
        long first = listing.total() == 0 ? 0 : (long) (listing.page() - 1) * params.pageSize() + 1;
        return new BrowserView(app.name(), app.label(), appUrl, params.path(), breadcrumb(app, params, appUrl),
                params.searching(), params.q(), statuses(params, locale), filters(app, params, locale),
                pageSizes(params), columns(app, params, appUrl, locale), rows, listing.total(), listing.page(),
                listing.pageCount(), first, first == 0 ? 0 : first + rows.size() - 1,
                paging(params, listing, appUrl), params.fields(), params.sort(), params.descending() ? "desc" : "asc",
                appUrl + "/new?parent=" + encode(params.path()), appUrl + "/folder" + params.query(), canPublish);
    }

    private List<BrowserView.Crumb> breadcrumb(ContentApp app, BrowserParams params, String appUrl) {
        List<BrowserView.Crumb> crumbs = new ArrayList<>();
        boolean here = params.path().equals("/") && !params.searching();
        crumbs.add(new BrowserView.Crumb(app.label(), here ? null : appUrl + params.withPath("/").query()));
        StringBuilder folder = new StringBuilder();
        String[] segments = params.path().equals("/") ? new String[0] : params.path().substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            folder.append('/').append(segments[i]);
            boolean last = i == segments.length - 1 && !params.searching();
            crumbs.add(new BrowserView.Crumb(segments[i], last ? null : appUrl + params.withPath(folder.toString()).query()));
        }
        return crumbs;
    }

    private List<BrowserView.Choice> statuses(BrowserParams params, Locale locale) {
        List<BrowserView.Choice> choices = new ArrayList<>();
        choices.add(new BrowserView.Choice("", message("browser.filter.all", locale), params.status() == null));
        for (ActivationStatus status : ActivationStatus.values()) {
            choices.add(new BrowserView.Choice(status.key(), statusLabel(status, locale), status == params.status()));
        }
        return choices;
    }

    private List<BrowserView.Filter> filters(ContentApp app, BrowserParams params, Locale locale) {
        List<BrowserView.Filter> filters = new ArrayList<>();
        for (OptionFilter filter : app.filters()) {
            String selected = params.filters().get(filter.property());
            List<BrowserView.Choice> choices = new ArrayList<>();
            choices.add(new BrowserView.Choice("", message("browser.filter.all", locale), selected == null));
            for (OptionFilter.Option option : filter.options()) {
                choices.add(new BrowserView.Choice(option.value(), option.label(), option.value().equals(selected)));
            }
            filters.add(new BrowserView.Filter(filter.parameter(), "filter-" + filter.property(), filter.label(), choices));
        }
        return filters;
    }

    private static List<BrowserView.Choice> pageSizes(BrowserParams params) {
        return BrowserParams.PAGE_SIZES.stream().map(size -> new BrowserView.Choice(String.valueOf(size),
                String.valueOf(size), size == params.pageSize())).toList();
    }

    private List<BrowserView.Column> columns(ContentApp app, BrowserParams params, String appUrl, Locale locale) {
        List<BrowserView.Column> columns = new ArrayList<>();
        columns.add(column(BrowserParams.NAME, "name", message("browser.column.name", locale), params, appUrl));
        for (BrowserColumn column : app.columns()) {
            columns.add(column(column.key(), "column-" + column.key().replaceAll("[^A-Za-z0-9_-]", "_"),
                    column.label(), params, appUrl));
        }
        columns.add(column(BrowserParams.STATUS, "status", message("browser.column.status", locale), params, appUrl));
        columns.add(column(BrowserParams.LAST_MODIFIED, "modified", message("browser.column.modified", locale), params, appUrl));
        return columns;
    }

    /** Ordered by this column: a click turns the direction round; otherwise a click orders ascending. */
    private static BrowserView.Column column(String key, String id, String label, BrowserParams params, String appUrl) {
        boolean byName = params.sort() == null && params.q() == null;
        boolean current = key.equals(params.sort()) || (byName && key.equals(BrowserParams.NAME));
        String ariaSort = current ? (params.descending() ? "descending" : "ascending") : null;
        boolean nextDescending = current && !params.descending();
        return new BrowserView.Column(key, "sort-" + id, label, ariaSort,
                appUrl + params.withSort(key, nextDescending).query());
    }

    private BrowserView.Row row(ContentApp app, BrowserParams params, BrowserRow row, String appUrl,
                                CellFormatter formatter, Locale locale, int index) {
        List<String> cells = new ArrayList<>();
        for (BrowserColumn column : app.columns()) {
            cells.add(row.folder() ? "" : formatter.format(column, row.values().getOrDefault(column.key(), List.of()),
                    column.model() != null && column.model().hasOptions() ? app.filter(column.property()).orElse(null) : null));
        }
        String href = row.folder() ? appUrl + params.withPath(row.path()).query()
                : appUrl + "/edit?path=" + encode(row.path());
        ZonedDateTime modified = row.lastModified() == null ? null
                : ZonedDateTime.ofInstant(row.lastModified().toInstant(), zone);
        return new BrowserView.Row("row-" + index, row.name(), row.path(), row.folder(), href, row.status().key(),
                statusLabel(row.status(), locale), modified == null ? "" : formatter.dateTime(modified),
                modified == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(modified),
                row.lastModifiedBy() == null ? "" : row.lastModifiedBy(), cells,
                params.searching() ? WorkspacePaths.parent(row.path()) : null,
                row.folder() || row.status() == ActivationStatus.NEW ? null
                        : appUrl + "/versions?path=" + encode(row.path()));
    }

    private static BrowserView.Paging paging(BrowserParams params, BrowserListing.Listing listing, String appUrl) {
        int page = listing.page();
        int last = listing.pageCount();
        return new BrowserView.Paging(
                page > 1 ? appUrl + params.withPage(1).query() : null,
                page > 1 ? appUrl + params.withPage(page - 1).query() : null,
                page < last ? appUrl + params.withPage(page + 1).query() : null,
                page < last ? appUrl + params.withPage(last).query() : null);
    }

    String statusLabel(ActivationStatus status, Locale locale) {
        return message("browser.status." + status.key(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
