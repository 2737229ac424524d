package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDiscoveryTest {

    @TempDir
    Path tempDir;

    @Test
    void loadsTheFixtureModulesWithoutProblems() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.problems()).isEmpty();
        assertThat(registry.generation()).isEqualTo(1);
    }

    @Test
    void treatsEverySubDirectoryAsModuleWithOrWithoutModuleYaml() {
        LightModulesDir dir = LightModulesDir.copyOf("basic", tempDir);

        DefinitionRegistry registry = dir.load();

        assertThat(registry.modules()).extracting(LightModule::name).containsExactly("extras-lm", "site-lm", "zz-types");
        assertThat(registry.modules().get(0).version()).isNull();
        assertThat(registry.modules().get(1).version()).as("written as 1.10, not parsed as a number").isEqualTo("1.10");
        assertThat(registry.modules().get(1).root()).isEqualTo(dir.path("site-lm"));
    }

    @Test
    void namesDefinitionsByTheirPathBelowTheTypeFolder() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        Definition home = registry.findDefinition("templates", "site-lm:pages/home").orElseThrow();

        assertThat(home.type()).isEqualTo("templates");
        assertThat(home.module()).isEqualTo("site-lm");
        assertThat(home.name()).isEqualTo("pages/home");
        assertThat(home.id()).isEqualTo("site-lm:pages/home");
        assertThat(home.source().getFileName()).hasToString("home.yaml");
        assertThat(registry.definitions("restEndpoints")).extracting(Definition::id)
                .containsExactly("site-lm:delivery/pages_v1", "site-lm:delivery/tours_v1");
    }

    @Test
    void keepsAnyOtherFolderAsGenericDefinitionsOfThatType() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.findDefinition("virtualUriMappings", "site-lm:home").orElseThrow().tree())
                .containsEntry("fromUri", "/start");
    }

    @Test
    void ignoresNonYamlFilesAndFoldersThatHoldNoDefinitions() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.definitions("templates")).extracting(Definition::id)
                .containsExactly("site-lm:components/teaser", "site-lm:pages/home");
        assertThat(registry.definitions("webresources")).isEmpty();
        assertThat(registry.definitions("includes")).isEmpty();
        assertThat(registry.definitions("bootstrap")).isEmpty();
        assertThat(registry.definitions("i18n")).isEmpty();
        assertThat(registry.definitions("unknown")).isEmpty();
    }

    @Test
    void listsBootstrapFilesByModuleThenFileName() {
        LightModulesDir dir = LightModulesDir.copyOf("basic", tempDir);

        DefinitionRegistry registry = dir.load();

        assertThat(registry.bootstrapFiles()).containsExactly(
                dir.path("extras-lm/bootstrap/a.yaml"),
                dir.path("site-lm/bootstrap/config.yaml"),
                dir.path("site-lm/bootstrap/content/tours.magnolia-travels.yaml"));
    }

    @Test
    void followsSymlinkedModulesAndIgnoresHiddenFolders() throws IOException {
        LightModulesDir dir = LightModulesDir.in(tempDir);
        Path elsewhere = tempDir.resolve("checkout/linked-lm");
        Files.createDirectories(elsewhere.resolve("templates"));
        Files.writeString(elsewhere.resolve("templates/page.yaml"), "title: Linked\n");
        Files.createSymbolicLink(dir.path("linked-lm"), elsewhere);
        dir.write(".git/templates/x.yaml", "title: hidden");
        dir.write("plain-lm/templates/.page.yaml.swp", "junk");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.modules()).extracting(LightModule::name).containsExactly("linked-lm", "plain-lm");
        assertThat(registry.findDefinition("templates", "linked-lm:page").orElseThrow().tree())
                .containsEntry("title", "Linked");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void reportsABrokenModuleDescriptorButStillLoadsTheModule() {
        LightModulesDir dir = LightModulesDir.in(tempDir)
                .write("m/module.yaml", "version: [1.0")
                .write("m/templates/page.yaml", "title: Page");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.modules()).singleElement().satisfies(module -> assertThat(module.version()).isNull());
        assertThat(registry.findDefinition("templates", "m:page")).isPresent();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(dir.path("m/module.yaml"));
            assertThat(problem.message()).startsWith("light module 'm', module.yaml: ")
                    .endsWith("; module descriptor ignored");
        });
    }

    @Test
    void reportsAMissingLightModulesDirectoryInsteadOfFailing() {
        LightModuleLoader loader = new LightModuleLoader(tempDir.resolve("does-not-exist"));

        loader.load();

        assertThat(loader.registry().modules()).isEmpty();
        assertThat(loader.registry().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
    }

    @Test
    void startsEmptyUntilTheFirstLoad() {
        LightModuleLoader loader = LightModulesDir.copyOf("basic", tempDir).loader();

        assertThat(loader.registry().modules()).isEmpty();
        assertThat(loader.registry().contentTypes()).isEmpty();
        assertThat(loader.registry().generation()).isZero();
    }
}
