package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One full load: scan, resolve every file, decorate, read content types, generate apps, index. A broken file
 * becomes a problem and is left out; it never stops the others. Order matters: content types are decorated and
 * read before any app is generated, so an app may use a content type of another module or a later file.
 */
final class SnapshotBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotBuilder.class);
    private static final String CONTENT_TYPES = "contentTypes";
    private static final String APPS = "apps";
    private static final String DECORATIONS = "decorations";

    private final Path lightModulesDir;

    SnapshotBuilder(Path lightModulesDir) {
        this.lightModulesDir = lightModulesDir;
    }

    RegistrySnapshot build(long generation) {
        Problems problems = new Problems();
        List<ScannedModule> modules = new ModuleScanner(lightModulesDir).scan(problems);
        DecorationApplier decorations = new DecorationApplier(problems);
        Map<String, Map<String, LoadedDefinition>> byType = resolveAll(modules, decorations, problems);

        byType.forEach((type, definitions) -> {
            if (!APPS.equals(type)) {
                decorations.apply(type, definitions);
            }
        });
        Map<String, ContentTypeDefinition> contentTypes = readContentTypes(byType.get(CONTENT_TYPES), problems);
        List<AppDefinition> apps = readApps(byType.get(APPS), contentTypes, decorations, problems);
        decorations.reportUnapplied();
        I18nBundles i18n = I18nBundles.load(modules, problems);

        Map<String, List<Definition>> definitions = new LinkedHashMap<>();
        byType.forEach((type, loaded) -> definitions.put(type, loaded.values().stream().map(LoadedDefinition::toDefinition).toList()));
        return new RegistrySnapshot(generation,
                modules.stream().map(ScannedModule::module).toList(),
                new ArrayList<>(contentTypes.values()),
                apps,
                definitions,
                problems.sorted(),
                modules.stream().flatMap(m -> m.bootstrapFiles().stream()).toList(),
                i18n);
    }

    private Map<String, Map<String, LoadedDefinition>> resolveAll(List<ScannedModule> modules,
                                                                  DecorationApplier decorations, Problems problems) {
        IncludeResolver resolver = new IncludeResolver(lightModulesDir, new MagnoliaYamlReader());
        Map<String, Map<String, LoadedDefinition>> byType = new LinkedHashMap<>();
        for (ScannedModule module : modules) {
            for (DefinitionFile file : module.definitionFiles()) {
                Object content;
                try {
                    content = resolver.resolve(file);
                } catch (DefinitionException e) {
                    problems.skipped(file, e, "file skipped");
                    continue;
                } catch (RuntimeException e) {
                    unexpected(file, e, "file skipped", problems);
                    continue;
                }
                if (DECORATIONS.equals(file.type())) {
                    decorations.add(file, content);
                }
                LoadedDefinition loaded = loaded(file, content, problems);
                if (loaded != null) {
                    byType.computeIfAbsent(file.type(), t -> new LinkedHashMap<>()).put(file.id(), loaded);
                }
            }
        }
        return byType;
    }

    @SuppressWarnings("unchecked")
    private static LoadedDefinition loaded(DefinitionFile file, Object content, Problems problems) {
        if (content instanceof YamlDirective.ContentTypeApp app) {
            return new LoadedDefinition(file, app.overlay() == null ? new LinkedHashMap<>() : app.overlay(), app);
        }
        if (content == null) {
            return new LoadedDefinition(file, new LinkedHashMap<>(), null);
        }
        if (content instanceof Map<?, ?> map) {
            return new LoadedDefinition(file, (Map<String, Object>) map, null);
        }
        if (!DECORATIONS.equals(file.type())) {
            problems.add(file, 1, "holds a YAML " + (content instanceof List ? "list" : "value")
                    + " where a mapping is expected; file skipped");
        }
        return null;
    }

    private static Map<String, ContentTypeDefinition> readContentTypes(Map<String, LoadedDefinition> files,
                                                                       Problems problems) {
        Map<String, ContentTypeDefinition> byName = new LinkedHashMap<>();
        if (files == null) {
            return byName;
        }
        ContentTypeReader reader = new ContentTypeReader();
        Map<String, DefinitionFile> definedIn = new LinkedHashMap<>();
        for (LoadedDefinition loaded : new ArrayList<>(files.values())) {
            try {
                ContentTypeDefinition type = reader.read(loaded.file, loaded.tree);
                DefinitionFile existing = definedIn.putIfAbsent(type.name(), loaded.file);
                if (existing != null) {
                    throw new DefinitionException(0, "content type '" + type.name() + "' is already defined in light module '"
                            + existing.module() + "' (" + existing.relativePath() + ")");
                }
                byName.put(type.name(), type);
            } catch (DefinitionException e) {
                problems.skipped(loaded.file, e, "content type skipped");
                files.remove(loaded.file.id());
            } catch (RuntimeException e) {
                unexpected(loaded.file, e, "content type skipped", problems);
                files.remove(loaded.file.id());
            }
        }
        return byName;
    }

    private static List<AppDefinition> readApps(Map<String, LoadedDefinition> files,
                                                Map<String, ContentTypeDefinition> contentTypes,
                                                DecorationApplier decorations, Problems problems) {
        if (files == null) {
            return List.of();
        }
        AppGenerator generator = new AppGenerator(name -> Optional.ofNullable(contentTypes.get(name)));
        for (LoadedDefinition loaded : new ArrayList<>(files.values())) {
            YamlDirective.ContentTypeApp directive = loaded.contentTypeApp;
            if (directive == null) {
                continue;
            }
            ContentTypeDefinition type = contentTypes.get(directive.contentType());
            if (type == null) {
                problems.add(loaded.file, directive.line(), "content type '" + directive.contentType() + "' of '!content-type:"
                        + directive.contentType() + "' is not defined (line " + directive.line() + "); app skipped");
                files.remove(loaded.file.id());
                continue;
            }
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> merged = (Map<String, Object>) DeepMerge.merge(generator.generate(type), loaded.tree);
                loaded.tree = merged;
            } catch (RuntimeException e) {
                unexpected(loaded.file, e, "app skipped", problems);
                files.remove(loaded.file.id());
            }
        }
        decorations.apply(APPS, files);

        List<AppDefinition> apps = new ArrayList<>();
        Map<String, AppDefinition> byName = new LinkedHashMap<>();
        for (LoadedDefinition loaded : new ArrayList<>(files.values())) {
            Map<String, Object> tree = loaded.tree;
            String name = Optional.ofNullable(Trees.string(tree.get("name"))).filter(n -> !n.isBlank()).orElse(loaded.file.name());
            AppDefinition app = new AppDefinition(name, loaded.file.module(), Trees.string(tree.get("contentType")),
                    Trees.string(tree.get("label")), Trees.string(tree.get("icon")), tree, loaded.file.path());
            AppDefinition existing = byName.putIfAbsent(name, app);
            if (existing != null) {
                problems.add(loaded.file, 0, "app '" + name + "' is already defined in light module '" + existing.module()
                        + "'; app skipped");
                files.remove(loaded.file.id());
                continue;
            }
            apps.add(app);
        }
        return apps;
    }

    /** A bug rather than a bad file, but it must not cost the other definitions. */
    private static void unexpected(DefinitionFile file, RuntimeException e, String consequence, Problems problems) {
        LOG.error("Unexpected failure loading {}", file.path(), e);
        problems.add(file, 0, "cannot be loaded (" + e + "); " + consequence);
    }
}
