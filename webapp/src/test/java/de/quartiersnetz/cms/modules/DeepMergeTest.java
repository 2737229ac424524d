package de.quartiersnetz.cms.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeepMergeTest {

    @Test
    void mergesMapsKeyByKeyWithoutTouchingTheInputs() {
        Map<String, Object> base = Map.of("a", 1, "nested", Map.of("x", 1, "y", 2));
        Map<String, Object> overlay = Map.of("b", 2, "nested", Map.of("y", 3));

        assertThat(DeepMerge.merge(base, overlay))
                .isEqualTo(Map.of("a", 1, "b", 2, "nested", Map.of("x", 1, "y", 3)));
        assertThat(base).isEqualTo(Map.of("a", 1, "nested", Map.of("x", 1, "y", 2)));
    }

    @Test
    void mergesANamedListWithTheMapFormOfTheSameCollection() {
        Object base = List.of(Map.of("name", "title", "label", "Title"));
        Object overlay = Map.of("title", Map.of("required", true));

        assertThat(DeepMerge.merge(base, overlay))
                .isEqualTo(Map.of("title", Map.of("name", "title", "label", "Title", "required", true)));
    }

    @Test
    void replacementMarkersAndScalarsReplace() {
        Map<String, Object> replacing = new Replacing.Mapping(Map.of("only", true));

        assertThat(DeepMerge.merge(Map.of("a", 1), replacing)).isEqualTo(Map.of("only", true));
        assertThat(DeepMerge.merge(List.of(1), new Replacing.Sequence(List.of(2)))).isEqualTo(List.of(2));
        assertThat(DeepMerge.merge(Map.of("a", 1), "text")).isEqualTo("text");
    }

    @Test
    void mergesAtADottedPathCreatingMissingMaps() {
        Map<String, Object> tree = Map.of("areas", List.of(Map.of("name", "main", "type", "list")));

        assertThat(DeepMerge.mergeAt(tree, List.of("areas", "main", "availableComponents"), Map.of("x", Map.of("id", "m:x"))))
                .isEqualTo(Map.of("areas", List.of(Map.of("name", "main", "type", "list",
                        "availableComponents", Map.of("x", Map.of("id", "m:x"))))));
        assertThat(DeepMerge.mergeAt(new HashMap<>(), List.of("a", "b"), Map.of("c", 1)))
                .isEqualTo(Map.of("a", Map.of("b", Map.of("c", 1))));
        assertThatThrownBy(() -> DeepMerge.mergeAt(Map.of("title", "x"), List.of("title", "sub"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
