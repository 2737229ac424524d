package de.quartiersnetz.cms.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import de.quartiersnetz.cms.repository.ActivationStatus;
import de.quartiersnetz.cms.repository.WorkspacePaths;

/**
 * What a browser screen shows, as its URL says: {@code path} (folder), {@code q} (full text), {@code status},
 * {@code f.<property>} (option filters), {@code sort} with {@code dir}, {@code page} and {@code pageSize}.
 * The same parameters travel as hidden fields with every action, so that its answer shows the same list.
 *
 * @param sort the sort key ({@link #NAME}, {@link #STATUS}, {@link #LAST_MODIFIED} or a column name), or null
 *             for the default (relevance when searching for text, else the name)
 */
record BrowserParams(String path, String q, ActivationStatus status, Map<String, String> filters, String sort,
                     boolean descending, int page, int pageSize) {
    static final String NAME = "@name";
    static final String STATUS = "@status";
    static final String LAST_MODIFIED = "@lastModified";
    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    private static final int MAX_QUERY_LENGTH = 500;

    BrowserParams {
        filters = Map.copyOf(filters);
    }

    /** @throws BadParameterException naming the first parameter that cannot be used */
    static BrowserParams parse(Map<String, String[]> request, ContentApp app) {
        String path = folderPath(one(request, "path"));
        String q = one(request, "q");
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "browser.error.tooLong", MAX_QUERY_LENGTH);
        }
        ActivationStatus status = status(one(request, "status"));
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : request.keySet()) {
            if (!name.startsWith(OptionFilter.PARAMETER_PREFIX)) {
                continue;
            }
            String value = one(request, name);
            if (value == null) {
                continue;
            }
            String property = name.substring(OptionFilter.PARAMETER_PREFIX.length());
            OptionFilter filter = app.filter(property)
                    .orElseThrow(() -> new BadParameterException(name, "browser.error.unknownFilter"));
            filter.option(value).orElseThrow(() -> new BadParameterException(name, "browser.error.unknownOption", value));
            filters.put(property, value);
        }
        String sort = one(request, "sort");
        if (sort != null && !isSortKey(sort, app)) {
            throw new BadParameterException("sort", "browser.error.unknownSort", sort);
        }
        String dir = one(request, "dir");
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            throw new BadParameterException("dir", "browser.error.dir", dir);
        }
        int page = number(request, "page", 1);
        if (page < 1) {
            throw new BadParameterException("page", "browser.error.page", page);
        }
        int pageSize = number(request, "pageSize", PAGE_SIZES.get(0));
        if (!PAGE_SIZES.contains(pageSize)) {
            throw new BadParameterException("pageSize", "browser.error.pageSize", pageSize);
        }
        return new BrowserParams(path, q, status, filters, sort, "desc".equals(dir), page, pageSize);
    }

    static boolean isSortKey(String key, ContentApp app) {
        return key.equals(NAME) || key.equals(STATUS) || key.equals(LAST_MODIFIED) || app.column(key).isPresent();
    }

    /** Searching lists matching items anywhere below the folder; browsing lists the folder's children. */
    boolean searching() {
        return q != null || status != null || !filters.isEmpty();
    }

    BrowserParams withPath(String folder) {
        return new BrowserParams(folder, null, null, Map.of(), sort, descending, 1, pageSize);
    }

    BrowserParams withSort(String key, boolean desc) {
        return new BrowserParams(path, q, status, filters, key, desc, 1, pageSize);
    }

    BrowserParams withPage(int number) {
        return new BrowserParams(path, q, status, filters, sort, descending, number, pageSize);
    }

    /** The parameters that differ from the defaults, in a fixed order. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (!path.equals("/")) {
            map.put("path", path);
        }
        if (q != null) {
            map.put("q", q);
        }
        if (status != null) {
            map.put("status", status.key());
        }
        filters.forEach((property, value) -> map.put(OptionFilter.PARAMETER_PREFIX + property, value));
        if (sort != null) {
            map.put("sort", sort);
            map.put("dir", descending ? "desc" : "asc");
        }
        if (page != 1) {
            map.put("page", String.valueOf(page));
        }
        if (pageSize != PAGE_SIZES.get(0)) {
            map.put("pageSize", String.valueOf(pageSize));
        }
        return map;
    }

    /** {@code ?a=b&c=d}, or empty for the defaults. */
    String query() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        asMap().forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return query.toString();
    }

    /** The hidden fields that carry this state through a form, as name/value pairs. */
    List<Map.Entry<String, String>> fields() {
        return new ArrayList<>(asMap().entrySet());
    }

    private static String folderPath(String value) {
        try {
            return WorkspacePaths.normalise(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("path", "browser.error.path", value);
        }
    }

    private static ActivationStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ActivationStatus.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("status", "browser.error.status", value);
        }
    }

    private static int number(Map<String, String[]> request, String name, int fallback) {
        String value = one(request, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "browser.error.number", value);
        }
    }

    /** The parameter's value, null when absent or blank (an empty search field means no search). */
    private static String one(Map<String, String[]> request, String name) {
        String[] values = request.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        String value = values[values.length - 1].strip();
        return value.isEmpty() ? null : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/").replace("%40", "@");
    }
}
