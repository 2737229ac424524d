package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.quartiersnetz.cms.modules.AppDefinition;

/**
 * The columns of an app definition's browser: {@code subApps.browser.workbench.contentViews.<view>.columns} of
 * Magnolia 6 (views and columns written as lists of named items or as maps by name). The {@code tree} view is
 * taken, else {@code list}, else the first that has columns. {@code !content-type} apps get the first model
 * property as their one generated column; app files add more.
 */
final class AppColumns {
    /** Names and types of Magnolia's name, status and last-modified columns, which the browser always shows. */
    private static final Set<String> BUILT_IN_NAMES = Set.of("jcrname", "jcr:name", "@name", "name@jcr", "status",
            "jcrstatus", "activationstatus", "mgnl:activationstatus", "lastmodified", "mgnl:lastmodified");
    private static final Set<String> BUILT_IN_TYPES = Set.of("jcrtitlecolumn", "jcrnamecolumn", "jcrstatuscolumn",
            "statuscolumn", "jcrlastmodifiedcolumn", "lastmodifiedcolumn");

    /**
     * @param name     the column's name in the definition
     * @param property the stored property it shows ({@code propertyName}, else the name)
     * @param label    {@code label} as written (an i18n key or text), or null
     * @param builtIn  one of the browser's own columns
     */
    record Column(String name, String property, String label, boolean builtIn) {
    }

    private AppColumns() {
    }

    static List<Column> of(AppDefinition app) {
        Object views = at(app.tree(), "subApps", "browser", "workbench", "contentViews");
        if (views == null) {
            views = at(app.tree(), "subApps", "browser", "contentViews");
        }
        Object columns = columnsOf(named(views, "tree"));
        if (columns == null) {
            columns = columnsOf(named(views, "list"));
        }
        for (Map<String, Object> view : entries(views)) {
            if (columns == null) {
                columns = columnsOf(view);
            }
        }
        List<Column> result = new ArrayList<>();
        for (Map<String, Object> column : entries(columns)) {
            String name = string(column.get("name"));
            if (name == null || name.isBlank() || Boolean.FALSE.equals(column.get("enabled"))) {
                continue;
            }
            String property = string(column.get("propertyName"));
            property = property == null || property.isBlank() ? name : property;
            String type = string(column.getOrDefault("$type", column.get("class")));
            result.add(new Column(name, property, string(column.get("label")), builtIn(name, property, type)));
        }
        return result;
    }

    private static boolean builtIn(String name, String property, String type) {
        if (BUILT_IN_NAMES.contains(name.toLowerCase(Locale.ROOT)) || BUILT_IN_NAMES.contains(property.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (type == null) {
            return false;
        }
        String simple = type.substring(type.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BUILT_IN_TYPES.contains(simple) || simple.endsWith("statuscolumndefinition");
    }

    private static Object columnsOf(Map<String, Object> view) {
        return view == null ? null : view.get("columns");
    }

    /** The entries of a list of named maps, or of a map by name (the key becoming {@code name} when missing). */
    private static List<Map<String, Object>> entries(Object container) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (container instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", String.valueOf(key));
                if (value instanceof Map<?, ?> fields) {
                    fields.forEach((k, v) -> entry.put(String.valueOf(k), v));
                }
                entries.add(entry);
            });
        } else if (container instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> fields) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    fields.forEach((k, v) -> entry.put(String.valueOf(k), v));
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static Map<String, Object> named(Object container, String name) {
        return entries(container).stream().filter(entry -> name.equals(entry.get("name"))).findFirst().orElse(null);
    }

    private static Object at(Object tree, String... path) {
        Object current = tree;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
