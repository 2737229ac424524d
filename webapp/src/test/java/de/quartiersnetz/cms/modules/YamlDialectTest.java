package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class YamlDialectTest {

    @TempDir
    Path tempDir;

    private DefinitionRegistry fixture() {
        return LightModulesDir.copyOf("basic", tempDir).load();
    }

    private static Map<String, Object> tree(DefinitionRegistry registry, String type, String id) {
        return registry.findDefinition(type, id).orElseThrow(() -> new AssertionError(type + " " + id
                + " not loaded; problems: " + registry.problems())).tree();
    }

    @Test
    void includesAFileAsTheValueOfAKey() {
        DefinitionRegistry registry = fixture();

        assertThat(Trees.at(tree(registry, "dialogs", "site-lm:pages/home"), "form", "properties", "title"))
                .isEqualTo(Map.of("$type", "textField", "label", "Title", "i18n", true));
        assertThat(Trees.at(tree(registry, "templates", "site-lm:pages/home"), "areas", "main", "maxComponents"))
                .isEqualTo(20);
    }

    @Test
    void keysWrittenNextToAnIncludeOverrideTheIncludedValues() {
        Map<String, Object> dialog = tree(fixture(), "dialogs", "site-lm:pages/home");

        assertThat(Trees.at(dialog, "form", "properties", "subtitle"))
                .isEqualTo(Map.of("$type", "textField", "label", "Subtitle", "i18n", false));
    }

    @Test
    void includesAFileAsAListItemWithAndWithoutOverrides() {
        Map<String, Object> dialog = tree(fixture(), "dialogs", "site-lm:pages/home");

        assertThat(Trees.at(dialog, "form", "layout", "tabs")).isEqualTo(List.of(
                Map.of("name", "tabMain", "label", "Main tab", "fields", List.of(Map.of("name", "title"))),
                Map.of("name", "tabMeta", "label", "Metadata", "fields", List.of(Map.of("name", "title")))));
    }

    @Test
    void anIncludeTagOnTheRootMappingMergesTheSiblingKeysOverTheIncludedFile() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/base-page.yaml", "renderType: freemarker", "title: Base", "areas:", "  main: {type: list}")
                .write("m/templates/pages/a.yaml", "!include:/m/includes/base-page.yaml",
                        "title: A", "areas:", "  main:", "    maxComponents: 3")
                .load();

        assertThat(tree(registry, "templates", "m:pages/a")).isEqualTo(Map.of(
                "renderType", "freemarker", "title", "A",
                "areas", Map.of("main", Map.of("type", "list", "maxComponents", 3))));
    }

    @Test
    void aFileMayConsistOfOneIncludeAndTheOlderSpaceSeparatedFormStillWorks() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/page.yaml", "title: Shared")
                .write("m/templates/whole.yaml", "!include:/m/includes/page.yaml")
                .write("m/templates/legacy.yaml", "page: !include /m/includes/page.yaml")
                .load();

        assertThat(tree(registry, "templates", "m:whole")).isEqualTo(Map.of("title", "Shared"));
        assertThat(tree(registry, "templates", "m:legacy")).isEqualTo(Map.of("page", Map.of("title", "Shared")));
    }

    @Test
    void includedFilesMayIncludeFurtherFiles() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/outer.yaml", "label: Outer", "field: !include:/m/includes/inner.yaml")
                .write("m/includes/inner.yaml", "$type: textField")
                .write("m/dialogs/d.yaml", "form: !include:/m/includes/outer.yaml")
                .load();

        assertThat(Trees.at(tree(registry, "dialogs", "m:d"), "form", "field", "$type")).isEqualTo("textField");
    }

    @Test
    void inheritExtendsADefinitionOfTheSameTypeAndMergesTheOwnKeysOverIt() {
        Map<String, Object> teaser = tree(fixture(), "dialogs", "site-lm:components/teaser");

        assertThat(teaser).containsEntry("label", "Teaser");
        assertThat((Map<String, Object>) Trees.at(teaser, "form", "properties"))
                .containsOnlyKeys("title", "subtitle", "link");
    }

    @Test
    void overrideReplacesTheInheritedMappingInsteadOfMergingIntoIt() {
        Map<String, Object> teaser = tree(fixture(), "dialogs", "site-lm:components/teaser");

        assertThat(Trees.at(teaser, "form", "layout")).isEqualTo(Map.of("$type", "form"));
    }

    @Test
    void inheritAcceptsAnAbsoluteResourcePath() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("base/templates/pages/base.yaml", "renderType: freemarker", "title: Base")
                .write("m/templates/pages/child.yaml", "!inherit:/base/templates/pages/base.yaml", "title: Child")
                .load();

        assertThat(tree(registry, "templates", "m:pages/child"))
                .isEqualTo(Map.of("renderType", "freemarker", "title", "Child"));
    }

    @Test
    void listsAreMergedByNameOrAppendedUnlessOverridden() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/restEndpoints/base.yaml",
                        "systemProperties: [mgnl:template]",
                        "nodeTypes: [mgnl:page]",
                        "references:",
                        "  - {name: image, propertyName: image}",
                        "  - {name: tags, propertyName: tags}")
                .write("m/restEndpoints/child.yaml",
                        "!inherit:m:base",
                        "systemProperties: [mgnl:created]",
                        "nodeTypes: !override [mgnl:content]",
                        "references:",
                        "  image: {propertyName: picture}",
                        "  link: {propertyName: link}")
                .load();

        Map<String, Object> child = tree(registry, "restEndpoints", "m:child");
        assertThat(child.get("systemProperties")).isEqualTo(List.of("mgnl:template", "mgnl:created"));
        assertThat(child.get("nodeTypes")).isEqualTo(List.of("mgnl:content"));
        assertThat(MagnoliaYaml.namedItems(child.get("references"))).containsExactly(
                Map.of("name", "image", "propertyName", "picture"),
                Map.of("name", "tags", "propertyName", "tags"),
                Map.of("name", "link", "propertyName", "link"));
    }

    @Test
    void overrideOnAnIncludeOverlayReplacesTheIncludedSequence() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/tab.yaml", "label: Tab", "fields: [{name: a}, {name: b}]")
                .write("m/dialogs/d.yaml", "tab: !include:/m/includes/tab.yaml", "  fields: !override", "    - name: c")
                .load();

        assertThat(Trees.at(tree(registry, "dialogs", "m:d"), "tab"))
                .isEqualTo(Map.of("label", "Tab", "fields", List.of(Map.of("name", "c"))));
    }

    @Test
    void treatsDollarTypeAndClassAsTheSameType() {
        DefinitionRegistry registry = fixture();
        Definition byClass = registry.findDefinition("restEndpoints", "site-lm:delivery/tours_v1").orElseThrow();
        Definition byAlias = registry.findDefinition("restEndpoints", "site-lm:delivery/pages_v1").orElseThrow();

        assertThat(MagnoliaYaml.typeOf(byClass.tree())).contains("jcrDeliveryEndpoint_v2");
        assertThat(byAlias.typeAlias()).contains("jcrDeliveryEndpoint_v2");
        assertThat(byClass.tree()).containsEntry("class", "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition");
        List<Map<String, Object>> references = MagnoliaYaml.namedItems(byClass.tree().get("references"));
        assertThat(references).extracting(r -> MagnoliaYaml.typeOf(Trees.mapOrNull(r.get("referenceResolver"))).orElseThrow())
                .containsExactly("jcrReferenceResolver", "assetReferenceResolver");
        assertThat(MagnoliaYaml.typeOf(Map.of("class", "com.example.CustomDefinition"))).contains("com.example.CustomDefinition");
        assertThat(MagnoliaYaml.typeOf(Map.of("label", "none"))).isEmpty();
    }

    @Test
    void namedItemsReadsListsOfNamedMapsAndMapsKeyedByNameAlike() {
        Object listForm = List.of(Map.of("name", "title", "label", "Title"), Map.of("name", "body"), "plain");
        Map<String, Object> mapForm = new java.util.LinkedHashMap<>();
        mapForm.put("title", Map.of("label", "Title"));
        mapForm.put("body", null);
        mapForm.put("plain", Map.of("name", "explicit"));

        assertThat(MagnoliaYaml.namedItems(listForm)).containsExactly(
                Map.of("name", "title", "label", "Title"), Map.of("name", "body"), Map.of("name", "plain"));
        assertThat(MagnoliaYaml.namedItems(mapForm)).containsExactly(
                Map.of("name", "title", "label", "Title"), Map.of("name", "body"), Map.of("name", "explicit"));
        assertThat(MagnoliaYaml.namedItems(null)).isEmpty();
        assertThat(MagnoliaYaml.namedItems("scalar")).isEmpty();
    }

    @Test
    void keepsDatesAsTheTextWrittenAndTreesUnmodifiable() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/templates/t.yaml", "since: 2024-05-01", "areas: {main: {type: list}}")
                .load();

        Map<String, Object> tree = tree(registry, "templates", "m:t");
        assertThat(tree).containsEntry("since", "2024-05-01");
        assertThat(tree).isUnmodifiable();
        assertThat((Map<String, Object>) tree.get("areas")).isUnmodifiable();
    }

    @Test
    void reportsAnIncludeCycleWithTheChainOfFiles() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/includes/a.yaml", "next: !include:/m/includes/b.yaml")
                .write("m/includes/b.yaml", "label: B", "next: !include:/m/includes/a.yaml")
                .write("m/dialogs/d.yaml", "label: D", "form: !include:/m/includes/a.yaml")
                .write("m/dialogs/ok.yaml", "label: OK")
                .load();

        assertThat(registry.findDefinition("dialogs", "m:d")).isEmpty();
        assertThat(registry.findDefinition("dialogs", "m:ok")).isPresent();
        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("light module 'm', dialogs/d.yaml: ")
                    .contains("include cycle /m/dialogs/d.yaml -> /m/includes/a.yaml -> /m/includes/b.yaml"
                            + " -> /m/includes/a.yaml (line 2)")
                    .endsWith("; file skipped");
        });
    }

    @Test
    void reportsAnUnknownIncludeWithTheLineOfTheTag() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/dialogs/d.yaml", "label: D", "form:", "  properties: !include:/m/includes/missing.yaml")
                .load();

        assertThat(registry.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).isEqualTo("light module 'm', dialogs/d.yaml: included file "
                    + "'/m/includes/missing.yaml' not found (line 3); file skipped");
        });
    }

    @Test
    void refusesIncludePathsThatLeaveTheLightModulesDirectory() throws IOException {
        Files.writeString(tempDir.resolve("secret.yaml"), "password: hunter2\n");
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/dialogs/d.yaml", "leak: !include:/m/../../secret.yaml")
                .load();

        assertThat(registry.findDefinition("dialogs", "m:d")).isEmpty();
        assertThat(registry.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("'/m/../../secret.yaml' points outside the light-modules directory")
                .doesNotContain("hunter2"));
    }

    @Test
    void reportsAnInheritOfAnUnknownDefinition() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/templates/child.yaml", "!inherit:m:nowhere", "title: Child")
                .load();

        assertThat(registry.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("light module 'm', templates/child.yaml: inherited definition 'm:nowhere' not found "
                        + "(looked for /m/templates/nowhere.yaml) (line 1); file skipped"));
    }
}
