package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one load produced, with lookup indexes. Immutable; replaced as a whole on reload. */
final class RegistrySnapshot {

    final long generation;
    final List<LightModule> modules;
    final List<ContentTypeDefinition> contentTypes;
    final Map<String, ContentTypeDefinition> contentTypesByName = new LinkedHashMap<>();
    final Map<String, ContentTypeDefinition> contentTypesByWorkspace = new LinkedHashMap<>();
    final List<AppDefinition> apps;
    final Map<String, AppDefinition> appsByName = new LinkedHashMap<>();
    final Map<String, AppDefinition> appsByContentType = new LinkedHashMap<>();
    final Map<String, List<Definition>> definitionsByType;
    final Map<String, Map<String, Definition>> definitionsById = new LinkedHashMap<>();
    final List<DefinitionProblem> problems;
    final List<Path> bootstrapFiles;
    final I18nBundles i18n;

    RegistrySnapshot(long generation, List<LightModule> modules, List<ContentTypeDefinition> contentTypes,
                     List<AppDefinition> apps, Map<String, List<Definition>> definitionsByType,
                     List<DefinitionProblem> problems, List<Path> bootstrapFiles, I18nBundles i18n) {
        this.generation = generation;
        this.modules = List.copyOf(modules);
        this.contentTypes = List.copyOf(contentTypes);
        this.apps = List.copyOf(apps);
        this.problems = List.copyOf(problems);
        this.bootstrapFiles = List.copyOf(bootstrapFiles);
        this.i18n = i18n;
        Map<String, List<Definition>> byType = new LinkedHashMap<>();
        definitionsByType.forEach((type, list) -> byType.put(type, List.copyOf(list)));
        this.definitionsByType = byType;
        for (ContentTypeDefinition type : this.contentTypes) {
            contentTypesByName.put(type.name(), type);
            contentTypesByWorkspace.putIfAbsent(type.workspace(), type);
        }
        for (AppDefinition app : this.apps) {
            appsByName.put(app.name(), app);
            if (app.contentType() != null) {
                appsByContentType.putIfAbsent(app.contentType(), app);
            }
        }
        byType.forEach((type, list) -> {
            Map<String, Definition> byId = new LinkedHashMap<>();
            list.forEach(definition -> byId.put(definition.id(), definition));
            definitionsById.put(type, byId);
        });
    }

    static RegistrySnapshot empty() {
        return new RegistrySnapshot(0, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), I18nBundles.empty());
    }
}
