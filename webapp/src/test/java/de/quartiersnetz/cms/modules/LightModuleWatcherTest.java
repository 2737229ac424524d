package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LightModuleWatcherTest {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path tempDir;

    private LightModulesDir dir;
    private LightModuleLoader loader;
    private LightModuleWatcher watcher;

    @BeforeEach
    void startWatching() {
        dir = LightModulesDir.in(tempDir).write("m/templates/page.yaml", "title: First");
        loader = dir.loader();
        loader.load();
        watcher = new LightModuleWatcher(loader, Duration.ofMillis(100));
        watcher.start();
    }

    @AfterEach
    void stopWatching() {
        watcher.close();
    }

    @Test
    void reloadsWhenADefinitionIsAdded() {
        dir.write("m/templates/other.yaml", "title: Other");

        assertVisibleWithinTwoSeconds(() -> loader.registry().findDefinition("templates", "m:other").isPresent());
    }

    @Test
    void reloadsWhenADefinitionChanges() {
        dir.write("m/templates/page.yaml", "title: Second");

        assertVisibleWithinTwoSeconds(() -> "Second".equals(title("m:page")));
    }

    @Test
    void reloadsWhenADefinitionIsDeleted() {
        dir.delete("m/templates/page.yaml");

        assertVisibleWithinTwoSeconds(() -> loader.registry().findDefinition("templates", "m:page").isEmpty());
    }

    @Test
    void reloadsWhenANewModuleAppears() {
        dir.write("new-lm/contentTypes/notes.yaml", "datasource: {workspace: notes}", "model: {properties: [{name: text}]}");

        assertVisibleWithinTwoSeconds(() -> loader.registry().findContentType("notes").isPresent());
        assertThat(loader.registry().modules()).extracting(LightModule::name).containsExactly("m", "new-lm");
    }

    @Test
    void seesTwoQuickEditsOfTheSameSize() {
        dir.write("m/templates/page.yaml", "title: AAAAA");
        assertVisibleWithinTwoSeconds(() -> "AAAAA".equals(title("m:page")));

        dir.write("m/templates/page.yaml", "title: BBBBB");

        assertVisibleWithinTwoSeconds(() -> "BBBBB".equals(title("m:page")));
    }

    @Test
    void closingTwiceIsHarmless() {
        watcher.close();
        watcher.close();
    }

    private String title(String id) {
        return loader.registry().findDefinition("templates", id).map(d -> (String) d.tree().get("title")).orElse(null);
    }

    private static void assertVisibleWithinTwoSeconds(BooleanSupplier condition) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("change not visible within %s", VISIBLE_WITHIN).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
