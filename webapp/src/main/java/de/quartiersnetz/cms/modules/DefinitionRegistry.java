package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The definitions of all light modules as of the last load. Thread-safe: every call reads one immutable snapshot,
 * which {@link LightModuleLoader#load()} replaces atomically. Two calls may see two different loads; callers
 * that need several answers from one load can compare {@link #generation()}.
 */
public final class DefinitionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionRegistry.class);

    private volatile RegistrySnapshot snapshot = RegistrySnapshot.empty();
    private final List<Consumer<DefinitionRegistry>> listeners = new CopyOnWriteArrayList<>();

    DefinitionRegistry() {
    }

    public List<LightModule> modules() {
        return snapshot.modules;
    }

    public List<ContentTypeDefinition> contentTypes() {
        return snapshot.contentTypes;
    }

    public Optional<ContentTypeDefinition> findContentType(String name) {
        return Optional.ofNullable(snapshot.contentTypesByName.get(name));
    }

    /** @throws DefinitionNotFoundException naming the type and the known ones */
    public ContentTypeDefinition requireContentType(String name) {
        RegistrySnapshot current = snapshot;
        ContentTypeDefinition type = current.contentTypesByName.get(name);
        if (type == null) {
            throw new DefinitionNotFoundException("content type '" + name + "' is not defined (known: "
                    + String.join(", ", current.contentTypesByName.keySet()) + ")");
        }
        return type;
    }

    public Optional<ContentTypeDefinition> findContentTypeByWorkspace(String workspace) {
        return Optional.ofNullable(snapshot.contentTypesByWorkspace.get(workspace));
    }

    public List<AppDefinition> apps() {
        return snapshot.apps;
    }

    public Optional<AppDefinition> findApp(String name) {
        return Optional.ofNullable(snapshot.appsByName.get(name));
    }

    public Optional<AppDefinition> findAppForContentType(String contentTypeName) {
        return Optional.ofNullable(snapshot.appsByContentType.get(contentTypeName));
    }

    /** The definitions of one type folder ({@code templates}, {@code restEndpoints}, ...), by module then path. */
    public List<Definition> definitions(String type) {
        return snapshot.definitionsByType.getOrDefault(type, List.of());
    }

    /** @param id {@code <module>:<name>}, e.g. {@code site:pages/home} */
    public Optional<Definition> findDefinition(String type, String id) {
        return Optional.ofNullable(snapshot.definitionsById.getOrDefault(type, Map.of()).get(id));
    }

    public List<DefinitionProblem> problems() {
        return snapshot.problems;
    }

    /** Every {@code *.yaml} below {@code <module>/bootstrap/}, by module then path. */
    public List<Path> bootstrapFiles() {
        return snapshot.bootstrapFiles;
    }

    /**
     * A message of the merged i18n bundles: the locale, its language, then {@code de}, {@code en} and finally
     * the bundles without a locale.
     */
    public Optional<String> message(String key, Locale locale) {
        return snapshot.i18n.message(key, locale);
    }

    /** Counts loads: 0 before the first, then 1, 2, ... */
    public long generation() {
        return snapshot.generation;
    }

    /** Called after every (re)load, on the loading thread. */
    public void addListener(Consumer<DefinitionRegistry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DefinitionRegistry> listener) {
        listeners.remove(listener);
    }

    RegistrySnapshot snapshot() {
        return snapshot;
    }

    void swap(RegistrySnapshot next) {
        snapshot = next;
    }

    void notifyListeners() {
        for (Consumer<DefinitionRegistry> listener : listeners) {
            try {
                listener.accept(this);
            } catch (RuntimeException e) {
                LOG.error("Definition registry listener {} failed", listener, e);
            }
        }
    }
}
