package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionRegistryTest {

    @TempDir
    Path tempDir;

    @Test
    void notifiesListenersAfterEveryLoadWithTheNewDefinitions() {
        LightModulesDir dir = LightModulesDir.in(tempDir).write("m/templates/a.yaml", "title: A");
        LightModuleLoader loader = dir.loader();
        List<List<String>> seen = new ArrayList<>();
        loader.registry().addListener(registry -> seen.add(
                registry.definitions("templates").stream().map(Definition::id).toList()));

        loader.load();
        dir.write("m/templates/b.yaml", "title: B");
        loader.load();

        assertThat(seen).containsExactly(List.of("m:a"), List.of("m:a", "m:b"));
        assertThat(loader.registry().generation()).isEqualTo(2);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        LightModuleLoader loader = LightModulesDir.in(tempDir).write("m/templates/a.yaml", "title: A").loader();
        List<String> calls = new ArrayList<>();
        loader.registry().addListener(registry -> {
            throw new IllegalStateException("listener bug");
        });
        loader.registry().addListener(registry -> calls.add("second"));

        loader.load();

        assertThat(calls).containsExactly("second");
    }

    @Test
    void readersAlwaysSeeOneCompleteLoad() throws Exception {
        LightModulesDir dir = LightModulesDir.in(tempDir);
        for (int i = 0; i < 20; i++) {
            dir.write("m/templates/t" + i + ".yaml", "title: T" + i);
        }
        LightModuleLoader loader = dir.loader();
        loader.load();
        AtomicBoolean done = new AtomicBoolean();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                sizes.add(loader.registry().definitions("templates").size());
            }
        });
        reader.start();
        for (int i = 0; i < 10; i++) {
            loader.load();
        }
        done.set(true);
        reader.join();

        assertThat(sizes).isNotEmpty().containsOnly(20);
    }

    @Test
    void reloadsAHundredFilesQuickly() {
        LightModulesDir dir = LightModulesDir.copyOf("basic", tempDir);
        for (int i = 0; i < 100; i++) {
            dir.write("bulk-lm/templates/components/c" + i + ".yaml",
                    "title: Component " + i,
                    "dialog: bulk-lm:components/c" + i,
                    "areas:",
                    "  main: !include:/site-lm/includes/main-area.yaml");
        }
        LightModuleLoader loader = dir.loader();
        loader.load();

        long started = System.nanoTime();
        loader.load();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(loader.registry().definitions("templates")).hasSize(102);
        assertThat(loader.registry().problems()).isEmpty();
        // The target is < 200 ms; the bound leaves room for slow CI machines.
        assertThat(millis).isLessThan(1_000);
    }
}
