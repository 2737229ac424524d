package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppGenerationTest {

    @TempDir
    Path tempDir;

    @Test
    void generatesTheAppDescriptorFromTheContentType() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        AppDefinition app = registry.findApp("trips-app").orElseThrow();

        assertThat(app.module()).isEqualTo("site-lm");
        assertThat(app.contentType()).isEqualTo("trips");
        assertThat(app.label()).isEqualTo("trips");
        assertThat(app.icon()).isEqualTo("icon-items");
        assertThat(app.tree()).containsEntry("datasource", Map.of("workspace", "trips", "rootPath", "/"));
        assertThat(Trees.at(app.tree(), "subApps", "browser", "workbench", "contentViews", "tree", "columns"))
                .isEqualTo(Map.of("name", Map.of()));
        assertThat(app.formProperty("name")).isEqualTo(Map.of("$type", "textField", "label", "Name", "required", true,
                "i18n", true));
        assertThat(app.formProperty("image")).containsEntry("$type", "damLinkField");
        assertThat(app.formProperty("level")).containsEntry("$type", "comboBoxField").containsEntry("datasource", Map.of(
                "$type", "optionListDatasource",
                "options", List.of(Map.of("name", "easy", "value", "e", "label", "Easy"),
                        Map.of("name", "hard", "value", "hard", "label", "Hard"))));
        assertThat(app.formProperty("missing")).isEmpty();
    }

    @Test
    void mapsEveryPropertyTypeToAFormField() {
        AppDefinition app = LightModulesDir.copyOf("basic", tempDir).load().findApp("tours").orElseThrow();

        assertThat(app.formProperty("body")).containsEntry("$type", "richTextField").containsEntry("i18n", true);
        assertThat(app.formProperty("startDate")).containsEntry("$type", "dateField");
        assertThat(app.formProperty("price")).containsEntry("$type", "textField").containsEntry("type", "java.math.BigDecimal");
        assertThat(app.formProperty("duration")).containsEntry("$type", "comboBoxField").containsEntry("type", "java.lang.Long");
        assertThat(app.formProperty("keywords")).containsEntry("$type", "jcrMultiValueField")
                .containsEntry("field", Map.of("$type", "textField"));
        assertThat(app.formProperty("guide")).containsEntry("$type", "linkField").containsEntry("datasource", Map.of(
                "$type", "jcrDatasource", "workspace", "guides", "rootPath", "/", "allowedNodeTypes", List.of("mt:guide")));
        assertThat(app.formProperty("location")).containsEntry("$type", "compositeField")
                .containsEntry("itemProvider", Map.of("$type", "jcrChildNodeProvider"));
        assertThat(Trees.at(app.formProperty("location"), "properties", "lat"))
                .isEqualTo(Map.of("$type", "textField", "label", "lat", "required", false, "i18n", false, "type", "java.lang.Double"));
        assertThat(app.formProperty("stops")).containsEntry("$type", "jcrMultiField");
        assertThat(Trees.at(app.formProperty("stops"), "field", "$type")).isEqualTo("compositeField");
        assertThat(Trees.at(app.formProperty("stops"), "field", "properties", "town", "datasource", "workspace"))
                .isEqualTo("trips");
    }

    @Test
    void mergesTheKeysOfTheAppFileOverTheGeneratedDescriptor() {
        AppDefinition app = LightModulesDir.copyOf("basic", tempDir).load().findApp("tours").orElseThrow();

        assertThat(app.label()).isEqualTo("Tours");
        assertThat(Trees.at(app.tree(), "subApps", "detail", "label")).isEqualTo("Detail Tour");
        assertThat(app.formProperty("isFeatured")).isEqualTo(Map.of("$type", "checkBoxField", "label", "isFeatured",
                "required", false, "i18n", false, "buttonLabel", "Featured"));
        assertThat(app.formProperty("tourTypes")).containsEntry("$type", "jcrMultiValueField");
        assertThat(Trees.at(app.formProperty("tourTypes"), "field")).isEqualTo(Map.of(
                "$type", "linkField",
                "datasource", Map.of("$type", "jcrDatasource", "workspace", "category"),
                "chooser", Map.of("workbenchChooser", Map.of("appName", "categories"))));
    }

    @Test
    void resolvesAContentTypeOfAnotherModuleThatLoadsLater() {
        DefinitionRegistry registry = LightModulesDir.copyOf("basic", tempDir).load();

        AppDefinition app = registry.findApp("guides").orElseThrow();

        assertThat(app.module()).isEqualTo("extras-lm");
        assertThat(app.icon()).isEqualTo("icon-people");
        assertThat(app.formProperty("fullName")).containsEntry("$type", "textField");
        assertThat(registry.findAppForContentType("guides")).contains(app);
        assertThat(registry.findAppForContentType("trips").map(AppDefinition::name)).contains("trips-app");
        assertThat(registry.findDefinition("apps", "extras-lm:guides-app").orElseThrow().tree()).isEqualTo(app.tree());
    }

    @Test
    void generatesAppsForTheMagnolia5Tag() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/contentTypes/notes.yaml", "datasource: {workspace: notes}", "model: {properties: [{name: text}]}")
                .write("m/apps/notes.yaml", "!content-type-m5:notes", "subApps:", "  detail:", "    editor:",
                        "      form:", "        tabs:", "          default:", "            fields: [{name: text}]")
                .load();

        AppDefinition app = registry.findApp("notes").orElseThrow();
        assertThat(app.contentType()).isEqualTo("notes");
        assertThat(app.formProperty("text")).containsEntry("$type", "textField");
        assertThat(Trees.at(app.tree(), "subApps", "detail", "editor", "form", "tabs", "default", "fields"))
                .isEqualTo(List.of(Map.of("name", "text")));
    }

    @Test
    void keepsAppsWithoutContentTypeTagAsWritten() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/apps/hello.yaml", "appClass: info.magnolia.ui.app.helloworld.HelloWorldApp",
                        "class: info.magnolia.ui.api.app.registry.ConfiguredAppDescriptor", "icon: icon-app", "label: Hello")
                .load();

        AppDefinition app = registry.findApp("hello").orElseThrow();
        assertThat(app.contentType()).isNull();
        assertThat(app.label()).isEqualTo("Hello");
        assertThat(app.tree()).containsOnlyKeys("appClass", "class", "icon", "label");
    }

    @Test
    void reportsAnAppForAnUnknownContentTypeAndSkipsIt() {
        LightModulesDir dir = LightModulesDir.in(tempDir).write("m/apps/ghosts.yaml", "!content-type:ghosts", "icon: x");

        DefinitionRegistry registry = dir.load();

        assertThat(registry.apps()).isEmpty();
        assertThat(registry.definitions("apps")).isEmpty();
        assertThat(registry.problems()).containsExactly(new DefinitionProblem("m", dir.path("m/apps/ghosts.yaml"), 1,
                "light module 'm', apps/ghosts.yaml: content type 'ghosts' of '!content-type:ghosts' is not defined "
                        + "(line 1); app skipped"));
    }

    @Test
    void reportsTheContentTypeTagOutsideAnApp() {
        DefinitionRegistry registry = LightModulesDir.in(tempDir)
                .write("m/contentTypes/notes.yaml", "datasource: {workspace: notes}", "model: {properties: [{name: text}]}")
                .write("m/dialogs/notes.yaml", "!content-type:notes", "label: Notes")
                .load();

        assertThat(registry.definitions("dialogs")).isEmpty();
        assertThat(registry.problems()).extracting(DefinitionProblem::message).containsExactly(
                "light module 'm', dialogs/notes.yaml: '!content-type:notes' is only allowed on the root of a file in apps/"
                        + " (line 1); file skipped");
    }
}
