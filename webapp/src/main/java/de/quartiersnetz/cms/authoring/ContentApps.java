package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.OptionDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/**
 * Finds the content app behind {@code /.magnolia/admincentral/apps/{appName}}: an app of the light modules
 * whose {@code contentType} (or {@code datasource.workspace}) names a content type. Read on every request,
 * so a changed app definition shows without a restart.
 */
final class ContentApps {
    private final DefinitionRegistry registry;
    private final AppLabels labels;

    ContentApps(DefinitionRegistry registry) {
        this.registry = registry;
        this.labels = new AppLabels(registry);
    }

    /** @throws AppNotFoundException when no light module defines a content app of that name */
    ContentApp require(String appName, Locale locale) {
        AppDefinition app = registry.findApp(appName).orElseThrow(() -> new AppNotFoundException(appName));
        ContentTypeDefinition type = contentType(app).orElseThrow(() -> new AppNotFoundException(appName));
        return new ContentApp(app, type, labels.app(app, locale), columns(app, type, locale), filters(app, type, locale));
    }

    private Optional<ContentTypeDefinition> contentType(AppDefinition app) {
        if (app.contentType() != null) {
            return registry.findContentType(app.contentType());
        }
        Object workspace = app.tree().get("datasource") instanceof Map<?, ?> datasource
                ? datasource.get("workspace") : null;
        return workspace == null ? Optional.empty() : registry.findContentTypeByWorkspace(String.valueOf(workspace));
    }

    private List<BrowserColumn> columns(AppDefinition app, ContentTypeDefinition type, Locale locale) {
        List<BrowserColumn> columns = new ArrayList<>();
        for (AppColumns.Column column : AppColumns.of(app)) {
            if (column.builtIn()) {
                continue;
            }
            Optional<PropertyDefinition> model = type.property(column.property());
            String label = labels.text(locale, column.label(), column.property(),
                    model.map(PropertyDefinition::label).orElse(app.name() + "." + column.property() + ".label"),
                    app.name() + "." + column.property() + ".label");
            PropertyKind kind = model.map(type::kindOf).orElse(PropertyKind.STRING);
            columns.add(new BrowserColumn(column.name(), column.property(), label, model.orElse(null), kind));
        }
        return columns;
    }

    private List<OptionFilter> filters(AppDefinition app, ContentTypeDefinition type, Locale locale) {
        List<OptionFilter> filters = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            if (!property.hasOptions() || type.kindOf(property) == PropertyKind.SUBMODEL) {
                continue;
            }
            List<OptionFilter.Option> options = new ArrayList<>();
            for (OptionDefinition option : property.options()) {
                options.add(new OptionFilter.Option(option.value(), optionLabel(app, property, option, locale)));
            }
            String label = labels.text(locale, property.label(), property.name(),
                    app.name() + "." + property.name() + ".label");
            filters.add(new OptionFilter(property.name(), label, options));
        }
        return filters;
    }

    private String optionLabel(AppDefinition app, PropertyDefinition property, OptionDefinition option, Locale locale) {
        return labels.text(locale, option.label(), option.key(),
                app.name() + "." + property.name() + ".options." + option.key());
    }
}
