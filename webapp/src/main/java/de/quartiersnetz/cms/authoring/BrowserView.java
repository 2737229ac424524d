package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Map;

/**
 * Everything the browser templates show, in the UI language, with every link already built. Public so that
 * Freemarker can read it.
 *
 * @param appUrl      the browser's URL (with the servlet context path), the base of every action URL
 * @param stateFields hidden fields carrying the list's state (folder, search, filters, order, page) through forms
 * @param sort        the current sort key, or null for the default order
 */
public record BrowserView(String appName, String appLabel, String appUrl, String path, List<Crumb> breadcrumb,
                          boolean searching, String q, List<Choice> statuses, List<Filter> filters,
                          List<Choice> pageSizes, List<Column> columns, List<Row> rows, long total, int page,
                          int pageCount, long firstShown, long lastShown, Paging paging,
                          List<Map.Entry<String, String>> stateFields, String sort, String dir,
                          String newItemUrl, String newFolderUrl, boolean canPublish) {

    /** @param href null for the folder shown */
    public record Crumb(String label, String href) {
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /** @param parameter the request parameter ({@code f.<property>}) */
    public record Filter(String parameter, String id, String label, List<Choice> choices) {
    }

    /** @param ariaSort {@code ascending}/{@code descending} for the column the list is ordered by, else null */
    public record Column(String key, String id, String label, String ariaSort, String href) {
    }

    /**
     * @param href     a folder's browser URL, or an item's editor URL
     * @param location the folder holding the item, shown when searching (the list then spans folders)
     */
    /** @param versionsHref the item's versions, null for folders and items never published */
    public record Row(String id, String name, String path, boolean folder, String href, String status,
                      String statusLabel, String modified, String modifiedIso, String modifiedBy, List<String> cells,
                      String location, String versionsHref) {
    }

    /** Links to the first, previous, next and last page; null where there is none. */
    public record Paging(String first, String previous, String next, String last) {
    }
}
