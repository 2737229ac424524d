package de.quartiersnetz.cms.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;

/** Page, component and area definitions of the light modules' {@code templates/} folders. */
@Component
public class TemplateDefinitions {
    private final DefinitionRegistry registry;

    public TemplateDefinitions(DefinitionRegistry registry) {
        this.registry = registry;
    }

    /** @param id {@code <module>:pages/<name>} or {@code <module>:components/<name>} */
    public Optional<Definition> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return registry.findDefinition("templates", id);
    }

    /** The {@code areas} of a page or component definition (or of an area, for nested areas), by name. */
    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> areas(Map<String, Object> definition) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (definition != null && definition.get("areas") instanceof Map<?, ?> areas) {
            areas.forEach((name, area) -> out.put(String.valueOf(name),
                    area instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
        }
        return out;
    }

    /** The component ids an area allows (entries with {@code enabled: false} left out), in their order. */
    public static List<String> availableComponents(Map<String, Object> area) {
        List<String> out = new ArrayList<>();
        Object available = area.get("availableComponents");
        if (available instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() instanceof Map<?, ?> component) {
                    if (Boolean.FALSE.equals(component.get("enabled"))) {
                        continue;
                    }
                    Object id = component.get("id");
                    out.add(id == null ? String.valueOf(entry.getKey()) : String.valueOf(id));
                } else {
                    out.add(String.valueOf(entry.getKey()));
                }
            }
        } else if (available instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> component) {
                    if (!Boolean.FALSE.equals(component.get("enabled")) && component.get("id") != null) {
                        out.add(String.valueOf(component.get("id")));
                    }
                } else if (entry != null) {
                    out.add(String.valueOf(entry));
                }
            }
        }
        return out;
    }

    /** {@code list} (default), {@code single} or {@code noComponent}. */
    public static String areaType(Map<String, Object> area) {
        Object type = area.get("type");
        return type == null ? "list" : String.valueOf(type);
    }

    public static int maxComponents(Map<String, Object> area) {
        Object max = area.get("maxComponents");
        if (max instanceof Number number) {
            return number.intValue();
        }
        if (max != null) {
            try {
                return Integer.parseInt(max.toString().strip());
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        return "single".equals(areaType(area)) ? 1 : Integer.MAX_VALUE;
    }

    /** The dialog of a page or component: its {@code dialog}, else the template id itself. */
    public static String dialog(Definition definition) {
        Object dialog = definition.tree().get("dialog");
        return dialog == null ? definition.id() : String.valueOf(dialog);
    }
}
