package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypeTest {

    @TempDir
    Path tempDir;

    @Test
    void readsMapStylePropertiesSubModelsOptionsAndNamespaces() {
        LightModulesDir dir = LightModulesDir.copyOf("basic", tempDir);
        ContentTypeDefinition tours = dir.load().requireContentType("tours");

        assertThat(tours.module()).isEqualTo("site-lm");
        assertThat(tours.workspace()).isEqualTo("tours");
        assertThat(tours.rootPath()).isEqualTo("/magnolia-travels");
        assertThat(tours.nodeType()).isEqualTo("mt:tour");
        assertThat(tours.namespaces()).containsExactly(Map.entry("mt", "https://www.magnolia-travel.com/jcr/1.0/mt"));
        assertThat(tours.source()).isEqualTo(dir.path("site-lm/contentTypes/tours.yaml"));
        assertThat(tours.properties()).extracting(PropertyDefinition::name).containsExactly(
                "name", "isFeatured", "image", "body", "duration", "price", "startDate", "tourTypes", "guide", "stops",
                "location", "keywords");
        assertThat(tours.property("name")).contains(
                new PropertyDefinition("name", "String", true, false, true, "Name", List.of()));
        assertThat(tours.property("duration").orElseThrow().options()).containsExactly(
                new OptionDefinition("2", "2", "2 days"), new OptionDefinition("7", "7", "7 days"));
        assertThat(tours.subModels()).extracting(SubModelDefinition::name).containsExactly("stop", "location");
        assertThat(tours.subModel("stop").orElseThrow().properties()).extracting(PropertyDefinition::name)
                .containsExactly("title", "town");
        assertThat(tours.subModel("location").orElseThrow().property("lat").orElseThrow().type()).isEqualTo("Double");
    }

    @Test
    void readsListStylePropertiesAndListStyleOptions() {
        ContentTypeDefinition trips = LightModulesDir.copyOf("basic", tempDir).load().requireContentType("trips");

        assertThat(trips.properties()).extracting(PropertyDefinition::name)
                .containsExactly("name", "isFeatured", "image", "level");
        assertThat(trips.property("isFeatured").orElseThrow().type()).isEqualTo("Boolean");
        assertThat(trips.property("level").orElseThrow().options()).containsExactly(
                new OptionDefinition("easy", "e", "Easy"), new OptionDefinition("hard", "hard", "Hard"));
    }

    @Test
    void appliesTheDocumentedDefaults() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/contentTypes/notes.yaml",
                        "datasource:", "  workspace: notes",
                        "model:", "  properties:", "    - name: text",
                        "  subModels:", "    - name: part")
                .load();

        ContentTypeDefinition notes = registry.requireContentType("notes");
        assertThat(notes.rootPath()).isEqualTo("/");
        assertThat(notes.nodeType()).isEqualTo("mgnl:content");
        assertThat(notes.namespaces()).isEmpty();
        assertThat(notes.property("text")).contains(new PropertyDefinition("text", "String", false, false, false, null, List.of()));
        assertThat(notes.subModel("part").orElseThrow().nodeType()).isEqualTo("mgnl:contentNode");
        assertThat(notes.subModel("part").orElseThrow().properties()).isEmpty();
    }

    @Test
    void aNameKeyOverridesTheFileName() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.findContentType("guides")).hasValueSatisfying(guides -> {
            assertThat(guides.module()).isEqualTo("zz-types");
            assertThat(guides.source().getFileName()).hasToString("guide-file.yaml");
        });
        assertThat(registry.findContentType("guide-file")).isEmpty();
    }

    @Test
    void findsContentTypesByWorkspaceAndNamesTheMissingOneWhenRequired() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        assertThat(registry.contentTypes()).extracting(ContentTypeDefinition::name).containsExactly("tours", "trips", "guides");
        assertThat(registry.findContentTypeByWorkspace("trips").map(ContentTypeDefinition::name)).contains("trips");
        assertThat(registry.findContentTypeByWorkspace("website")).isEmpty();
        assertThatThrownBy(() -> registry.requireContentType("events"))
                .isInstanceOf(DefinitionNotFoundException.class)
                .hasMessage("content type 'events' is not defined (known: tours, trips, guides)");
    }

    @Test
    void aSubModelWinsOverAContentTypeOfTheSameName() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir)
                .write("zz-types/contentTypes/stop.yaml", "datasource: {workspace: stops}", "model: {properties: [{name: x}]}")
                .load();
        ContentTypeDefinition tours = registry.requireContentType("tours");

        assertThat(registry.findContentType("stop")).isPresent();
        assertThat(tours.kindOf(tours.property("stops").orElseThrow())).isEqualTo(PropertyKind.SUBMODEL);
        assertThat(tours.referenceTarget(tours.property("stops").orElseThrow())).isEmpty();
    }

    @Test
    void classifiesEveryPropertyType() {
        ContentTypeDefinition tours = LightModulesDir.copyOf("basic", tempDir).load().requireContentType("tours");

        assertThat(tours.properties()).extracting(tours::kindOf).containsExactly(
                PropertyKind.STRING, PropertyKind.BOOLEAN, PropertyKind.ASSET, PropertyKind.RICH_TEXT, PropertyKind.LONG,
                PropertyKind.DECIMAL, PropertyKind.DATE, PropertyKind.REFERENCE, PropertyKind.REFERENCE,
                PropertyKind.SUBMODEL, PropertyKind.SUBMODEL, PropertyKind.STRING);
        assertThat(tours.referenceTarget(tours.property("tourTypes").orElseThrow())).contains("category");
        assertThat(tours.referenceTarget(tours.property("guide").orElseThrow())).contains("guides");
    }

    @Test
    void reportsAContentTypeWithoutWorkspaceAndSkipsIt() {
        LightModulesDir dir = LightModulesDir.in(tempDir)
                .write("x/contentTypes/y.yaml", "datasource:", "  rootPath: /y", "model:", "  properties: [{name: a}]")
                .write("x/contentTypes/z.yaml", "datasource: {workspace: z}", "model: {properties: [{name: a}]}");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.contentTypes()).extracting(ContentTypeDefinition::name).containsExactly("z");
        assertThat(registry.definitions("contentTypes")).extracting(Definition::id).containsExactly("x:z");
        assertThat(registry.problems()).containsExactly(new DefinitionProblem("x", dir.path("x/contentTypes/y.yaml"), 0,
                "light module 'x', contentTypes/y.yaml: 'datasource.workspace' is required; content type skipped"));
    }

    @Test
    void reportsAContentTypeWithoutModelOrWithANamelessProperty() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("x/contentTypes/no-model.yaml", "datasource: {workspace: a}")
                .write("x/contentTypes/nameless.yaml", "datasource: {workspace: b}", "model:",
                        "  properties:", "    - name: ok", "    - label: Who am I")
                .load();

        assertThat(registry.contentTypes()).isEmpty();
        assertThat(registry.problems()).extracting(DefinitionProblem::message).containsExactly(
                "light module 'x', contentTypes/nameless.yaml: 'model.properties' item 2 has no 'name'; content type skipped",
                "light module 'x', contentTypes/no-model.yaml: 'model' is required (with 'properties'); content type skipped");
    }

    @Test
    void reportsASecondContentTypeOfTheSameName() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("a/contentTypes/item.yaml", "datasource: {workspace: a}", "model: {properties: [{name: a}]}")
                .write("b/contentTypes/item.yaml", "datasource: {workspace: b}", "model: {properties: [{name: b}]}")
                .load();

        assertThat(registry.requireContentType("item").module()).isEqualTo("a");
        assertThat(registry.problems()).extracting(DefinitionProblem::message).containsExactly(
                "light module 'b', contentTypes/item.yaml: content type 'item' is already defined in light module 'a' "
                        + "(contentTypes/item.yaml); content type skipped");
    }
}
