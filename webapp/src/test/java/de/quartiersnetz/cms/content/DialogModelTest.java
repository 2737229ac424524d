package de.quartiersnetz.cms.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;

/** Dialog definitions in the three Magnolia form styles read as the model of the node they edit. */
class DialogModelTest {

    static DialogModel dialog(Map<String, Object> tree) {
        return DialogModel.of(new Definition("dialogs", "m", "components/x", null, tree, null));
    }

    @Test
    void fieldsOfTheMagnolia6MapFormAreTypedByTheirDollarType() {
        DialogModel model = dialog(Map.of("label", "X", "form", Map.of("properties", new java.util.LinkedHashMap<>(Map.of(
                "title", Map.of("$type", "textField", "required", true, "i18n", true, "label", "Titel"))))));
        PropertyDefinition title = model.type().property("title").orElseThrow();
        assertThat(title.required()).isTrue();
        assertThat(title.i18n()).isTrue();
        assertThat(title.label()).isEqualTo("Titel");
        assertThat(model.id()).isEqualTo("m:components/x");
        assertThat(model.type().workspace()).isEqualTo("website");
        assertThat(model.asApp().formProperty("title")).containsEntry("$type", "textField");
    }

    @Test
    void everySupportedTypeGetsItsModelTypeAndUnsupportedOnesAreLeftOut() {
        List<Object> fields = List.of(
                Map.of("name", "text", "$type", "richTextField"),
                Map.of("name", "flag", "$type", "checkBoxField"),
                Map.of("name", "day", "$type", "dateField"),
                Map.of("name", "count", "$type", "textField", "type", "java.lang.Long"),
                Map.of("name", "kind", "$type", "comboBoxField", "datasource", Map.of("$type", "optionListDatasource",
                        "options", List.of(Map.of("name", "a", "value", "A", "label", "Ah"), Map.of("name", "b")))),
                Map.of("name", "page", "$type", "pageLinkField"),
                Map.of("name", "item", "$type", "linkField", "datasource", Map.of("workspace", "projects")),
                Map.of("name", "image", "$type", "damLinkField"),
                Map.of("name", "tags", "$type", "jcrMultiValueField", "field", Map.of("$type", "textField")),
                Map.of("name", "group", "$type", "compositeField", "properties", Map.of()),
                Map.of("name", "note", "$type", "staticField"));
        DialogModel model = dialog(Map.of("form", Map.of("properties", fields)));
        var type = model.type();
        assertThat(type.properties()).extracting(PropertyDefinition::name)
                .containsExactly("text", "flag", "day", "count", "kind", "page", "item", "image", "tags");
        assertThat(type.kindOf(type.property("text").orElseThrow())).isEqualTo(PropertyKind.RICH_TEXT);
        assertThat(type.kindOf(type.property("flag").orElseThrow())).isEqualTo(PropertyKind.BOOLEAN);
        assertThat(type.kindOf(type.property("day").orElseThrow())).isEqualTo(PropertyKind.DATE);
        assertThat(type.kindOf(type.property("count").orElseThrow())).isEqualTo(PropertyKind.LONG);
        assertThat(type.property("kind").orElseThrow().options()).extracting(o -> o.value() + "/" + o.label())
                .containsExactly("A/Ah", "b/null");
        assertThat(type.referenceTarget(type.property("page").orElseThrow())).contains("website");
        assertThat(type.referenceTarget(type.property("item").orElseThrow())).contains("projects");
        assertThat(type.kindOf(type.property("image").orElseThrow())).isEqualTo(PropertyKind.STRING);
        assertThat(type.property("tags").orElseThrow().multiple()).isTrue();
    }

    @Test
    void tabbedFormsAndFiveUiTabsAreReadInFileOrder() {
        DialogModel tabbed = dialog(Map.of("form", Map.of("$type", "tabbedForm", "tabs", new java.util.LinkedHashMap<>(Map.of(
                "main", Map.of("label", "Main", "fields", Map.of("title", Map.of("$type", "textField"))))))));
        assertThat(tabbed.type().properties()).extracting(PropertyDefinition::name).containsExactly("title");

        DialogModel legacy = dialog(Map.of("form", Map.of("tabs", List.of(
                Map.of("name", "tabMain", "fields", List.of(Map.of("name", "headline", "fieldType", "text"),
                        Map.of("name", "body", "fieldType", "richText"))),
                Map.of("name", "tabMeta", "fields", List.of(Map.of("name", "hide", "fieldType", "checkbox",
                        "defaultValue", false)))))));
        var type = legacy.type();
        assertThat(type.properties()).extracting(PropertyDefinition::name).containsExactly("headline", "body", "hide");
        assertThat(type.kindOf(type.property("body").orElseThrow())).isEqualTo(PropertyKind.RICH_TEXT);
        assertThat(type.kindOf(type.property("hide").orElseThrow())).isEqualTo(PropertyKind.BOOLEAN);
        assertThat(legacy.defaults()).containsEntry("hide", "false");
    }

    @Test
    void aDialogWithoutFormHasNoFields() {
        assertThat(dialog(Map.of("label", "leer")).type().properties()).isEmpty();
        assertThat(DialogModel.empty("m:none").type().properties()).isEmpty();
    }
}
