package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Optional;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;

/**
 * A light-module app over a content type, as its browser shows it, with texts in one UI language.
 *
 * @param columns the app definition's columns (the name, status and last-modified columns are the browser's own)
 * @param filters a select per option property of the content type
 */
record ContentApp(AppDefinition definition, ContentTypeDefinition type, String label, List<BrowserColumn> columns,
                  List<OptionFilter> filters) {

    ContentApp {
        columns = List.copyOf(columns);
        filters = List.copyOf(filters);
    }

    String name() {
        return definition.name();
    }

    String workspace() {
        return type.workspace();
    }

    Optional<BrowserColumn> column(String key) {
        return columns.stream().filter(column -> column.key().equals(key)).findFirst();
    }

    Optional<OptionFilter> filter(String property) {
        return filters.stream().filter(filter -> filter.property().equals(property)).findFirst();
    }
}
