package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecorationTest {

    @TempDir
    Path tempDir;

    @Test
    void aWholeDefinitionDecorationIsDeepMergedIntoItsTarget() {
        Map<String, Object> home = LightModulesDir.copyOf("basic", tempDir).load()
                .findDefinition("templates", "site-lm:pages/home").orElseThrow().tree();

        assertThat(home).containsEntry("title", "Home (decorated)")
                .containsEntry("templateScript", "/site-lm/templates/pages/home.ftl");
        assertThat(Trees.at(home, "areas", "footer")).isEqualTo(Map.of("type", "noComponent"));
    }

    @Test
    void dotsInTheFileNameAddressASubTreeOfTheTarget() {
        Map<String, Object> home = LightModulesDir.copyOf("basic", tempDir).load()
                .findDefinition("templates", "site-lm:pages/home").orElseThrow().tree();

        assertThat(Trees.at(home, "areas", "main", "availableComponents")).isEqualTo(Map.of(
                "teaser", Map.of("id", "site-lm:components/teaser"),
                "banner", Map.of("id", "extras-lm:components/banner")));
        assertThat(Trees.at(home, "areas", "main", "type")).isEqualTo("list");
    }

    @Test
    void decoratesGeneratedContentTypeApps() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.findApp("tours").orElseThrow().icon()).isEqualTo("icon-tours");
    }

    @Test
    void decoratesContentTypesBeforeTheyAreRead() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("a/contentTypes/notes.yaml", "datasource: {workspace: notes}", "model: {properties: [{name: text}]}")
                .write("b/decorations/a/contentTypes/notes.yaml", "model:", "  properties:", "    - name: author")
                .load();

        assertThat(registry.requireContentType("notes").properties()).extracting(PropertyDefinition::name)
                .containsExactly("text", "author");
    }

    @Test
    void aNameWithDotsStillFindsItsTargetBeforeASubTree() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("a/templates/pages/v1.2.yaml", "title: Versioned")
                .write("b/decorations/a/templates/pages/v1.2.yaml", "title: Decorated")
                .load();

        assertThat(registry.findDefinition("templates", "a:pages/v1.2").orElseThrow().tree())
                .isEqualTo(Map.of("title", "Decorated"));
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void overrideInADecorationReplacesTheTargetValue() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("a/templates/page.yaml", "areas:", "  main: {type: list, maxComponents: 3}")
                .write("b/decorations/a/templates/page.yaml", "areas:", "  main: !override", "    type: single")
                .load();

        assertThat(Trees.at(registry.findDefinition("templates", "a:page").orElseThrow().tree(), "areas", "main"))
                .isEqualTo(Map.of("type", "single"));
    }

    @Test
    void decorationFilesAreAlsoListedAsDefinitionsOfTheirOwn() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.definitions("decorations")).extracting(Definition::id).containsExactly(
                "extras-lm:site-lm/apps/tours",
                "extras-lm:site-lm/templates/pages/home.areas.main.availableComponents",
                "extras-lm:site-lm/templates/pages/home");
    }

    @Test
    void reportsADecorationOfAnUnknownDefinition() {
        LightModulesDir dir = LightModulesDir.in(tempDir)
                .write("b/decorations/missing-lm/templates/pages/x.yaml", "title: Nobody home")
                .write("b/decorations/multisite/config.yaml", "sites: {}");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.problems()).extracting(DefinitionProblem::message).containsExactly(
                "light module 'b', decorations/missing-lm/templates/pages/x.yaml: decorated definition 'missing-lm:pages/x'"
                        + " (templates) not found; decoration ignored",
                "light module 'b', decorations/multisite/config.yaml: decorates the configuration of module 'multisite',"
                        + " which this runtime does not support; decoration ignored");
    }
}
