package de.quartiersnetz.cms.modules;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads every light module below one directory into a {@link DefinitionRegistry}. */
public final class LightModuleLoader {

    private static final Logger LOG = LoggerFactory.getLogger(LightModuleLoader.class);

    private final Path lightModulesDir;
    private final DefinitionRegistry registry = new DefinitionRegistry();

    public LightModuleLoader(Path lightModulesDir) {
        this.lightModulesDir = Objects.requireNonNull(lightModulesDir, "lightModulesDir").toAbsolutePath().normalize();
    }

    public Path lightModulesDir() {
        return lightModulesDir;
    }

    /** The registry, empty until the first {@link #load()}. */
    public DefinitionRegistry registry() {
        return registry;
    }

    /**
     * Scans everything again, swaps the registry's snapshot and notifies its listeners. Bad files become
     * {@link DefinitionRegistry#problems()}; each problem is logged once, when it first appears.
     */
    public synchronized void load() {
        long started = System.nanoTime();
        RegistrySnapshot previous = registry.snapshot();
        RegistrySnapshot next = new SnapshotBuilder(lightModulesDir).build(previous.generation + 1);
        registry.swap(next);
        logNewProblems(previous, next);
        LOG.info("Loaded {} light modules from {}: {} content types, {} apps, {} problems ({} ms)",
                next.modules.size(), lightModulesDir, next.contentTypes.size(), next.apps.size(), next.problems.size(),
                (System.nanoTime() - started) / 1_000_000);
        registry.notifyListeners();
    }

    private static void logNewProblems(RegistrySnapshot previous, RegistrySnapshot next) {
        Set<String> known = new HashSet<>();
        previous.problems.forEach(problem -> known.add(problem.message()));
        next.problems.stream()
                .filter(problem -> !known.contains(problem.message()))
                .forEach(problem -> LOG.warn("{}", problem.message()));
    }
}
