package de.quartiersnetz.cms.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The structure buttons' changes to bound values, and the focus they leave behind. */
class EditorActionTest {

    @Test
    void addsValuesAndGroupsAtTheEnd() {
        Map<String, Object> values = new LinkedHashMap<>(Map.of("networks", new ArrayList<>(List.of("a"))));
        assertThat(EditorAction.parse("addValue:networks").applyTo(values).focus()).isEqualTo("networks[1]");
        assertThat(values.get("networks")).isEqualTo(List.of("a", ""));
        assertThat(EditorAction.parse("addGroup:offers").applyTo(values).focus()).isEqualTo("offers[0]");
        assertThat(values.get("offers")).isEqualTo(List.of(Map.of()));
    }

    @Test
    void movesAndRemovesEntriesInsideAGroup() {
        Map<String, Object> group = new LinkedHashMap<>(Map.of("points_en", new ArrayList<>(List.of("one", "two", "three"))));
        Map<String, Object> values = new LinkedHashMap<>(Map.of("agendaItems", new ArrayList<>(List.of(Map.of(), group))));

        assertThat(EditorAction.parse("up:agendaItems[1].points_en[2]").applyTo(values).focus())
                .isEqualTo("agendaItems[1].points_en[1]");
        assertThat(group.get("points_en")).isEqualTo(List.of("one", "three", "two"));
        assertThat(EditorAction.parse("down:agendaItems[1].points_en[2]").applyTo(values).focus())
                .isEqualTo("agendaItems[1].points_en[2]");
        assertThat(EditorAction.parse("remove:agendaItems[1].points_en[0]").applyTo(values).focus())
                .isEqualTo("agendaItems[1].points_en");
        assertThat(group.get("points_en")).isEqualTo(List.of("three", "two"));
        assertThat(EditorAction.parse("up:agendaItems[1]").applyTo(values).focus()).isEqualTo("agendaItems[0]");
        assertThat(((List<?>) values.get("agendaItems")).get(0)).isSameAs(group);
    }

    @Test
    void ignoresWhatIsNoActionOrPointsNowhere() {
        assertThat(EditorAction.parse(null)).isNull();
        assertThat(EditorAction.parse("delete:networks[0]")).isNull();
        assertThat(EditorAction.parse("remove:networks[0]<script>")).isNull();
        Map<String, Object> values = new LinkedHashMap<>(Map.of("networks", new ArrayList<>(List.of("a"))));
        assertThat(EditorAction.parse("remove:networks[5]").applyTo(values).focus()).isNull();
        assertThat(EditorAction.parse("down:missing[0]").applyTo(values).focus()).isNull();
        assertThat(values).isEqualTo(Map.of("networks", List.of("a")));
    }

    @Test
    void namesNewItemsAfterTheirTitle() {
        assertThat(ItemNames.fromTitle("Stadtteilladen Grünau – Café & Beratung")).isEqualTo("stadtteilladen-gruenau-cafe-beratung");
        assertThat(ItemNames.fromTitle("Straße der Einheit")).isEqualTo("strasse-der-einheit");
        assertThat(ItemNames.fromTitle("  ")).isEqualTo("eintrag");
        assertThat(ItemNames.free("ak-ost", name -> name.equals("ak-ost") || name.equals("ak-ost-2"))).isEqualTo("ak-ost-3");
    }
}
