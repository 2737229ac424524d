package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemReportingTest {

    @TempDir
    Path tempDir;

    @Test
    void reportsBrokenFileWithLineAndKeepsOtherDefinitions() {
        LightModulesDir dir = LightModulesDir.copyOf("basic", tempDir)
                .write("site-lm/templates/pages/broken.yaml", "title: Broken", "areas:", "  main:", "    type: list: x");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.findDefinition("templates", "site-lm:pages/broken")).isEmpty();
        assertThat(registry.findDefinition("templates", "site-lm:pages/home")).isPresent();
        assertThat(registry.contentTypes()).hasSize(3);
        assertThat(registry.problems()).containsExactly(new DefinitionProblem("site-lm",
                dir.path("site-lm/templates/pages/broken.yaml"), 4,
                "light module 'site-lm', templates/pages/broken.yaml: mapping values are not allowed here (line 4);"
                        + " file skipped"));
    }

    @Test
    void reportsASyntaxErrorInsideAnIncludedFileAtTheIncludingLine() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/field.yaml", "$type: textField", "label: [unclosed")
                .write("m/dialogs/d.yaml", "label: D", "form:", "  properties:", "    title: !include:/m/includes/field.yaml")
                .load();

        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("light module 'm', dialogs/d.yaml: in included file "
                    + "/m/includes/field.yaml line 3: ").endsWith("(line 4); file skipped");
        });
    }

    @Test
    void forgetsADefinitionOnceItsFileBreaks() {
        LightModulesDir dir = LightModulesDir.in(tempDir).write("m/templates/page.yaml", "title: Fine");
        LightModuleLoader loader = dir.loader();
        loader.load();
        assertThat(loader.registry().findDefinition("templates", "m:page")).isPresent();

        dir.write("m/templates/page.yaml", "title: [broken");
        loader.load();

        assertThat(loader.registry().findDefinition("templates", "m:page")).isEmpty();
        assertThat(loader.registry().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo(dir.path("m/templates/page.yaml")));
    }

    @Test
    void reportsAFileThatHoldsNoMapping() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/templates/list.yaml", "- a", "- b")
                .write("m/templates/empty.yaml", "")
                .load();

        assertThat(registry.findDefinition("templates", "m:empty").orElseThrow().tree()).isEmpty();
        assertThat(registry.problems()).extracting(DefinitionProblem::message).containsExactly(
                "light module 'm', templates/list.yaml: holds a YAML list where a mapping is expected; file skipped");
    }

    @Test
    void reportsAnUnknownTagWithItsLine() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/dialogs/d.yaml", "label: D", "form: !inclde:/m/includes/form.yaml")
                .load();

        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("!inclde:/m/includes/form.yaml").endsWith("(line 2); file skipped");
        });
    }
}
