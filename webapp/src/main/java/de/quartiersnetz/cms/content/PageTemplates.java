package de.quartiersnetz.cms.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.MagnoliaYaml;

/**
 * What the light modules' template definitions say about editing pages: which page templates exist, which areas a
 * page or component template has with their rules, and which dialog edits a page or component.
 */
public final class PageTemplates {
    private final DefinitionRegistry registry;

    public PageTemplates(DefinitionRegistry registry) {
        this.registry = registry;
    }

    /** A template as a chooser shows it: id ({@code module:pages/home}) and its title as written (key or text). */
    public record Template(String id, String title, String description) {
    }

    /**
     * One area of a template and its rules.
     *
     * @param type                {@code list} (default), {@code single} or {@code noComponent}
     * @param availableComponents component template ids, enabled ones only, in file order
     * @param maxComponents       {@code maxComponents}, or {@code null} when not limited
     */
    public record AreaRule(String name, String title, String type, List<String> availableComponents,
                           Integer maxComponents) {
        /** How many components the area may hold; {@link Integer#MAX_VALUE} when unlimited. */
        public int limit() {
            if (type.equals("noComponent")) {
                return 0;
            }
            if (type.equals("single")) {
                return 1;
            }
            return maxComponents == null ? Integer.MAX_VALUE : maxComponents;
        }

        public boolean editable() {
            return limit() > 0;
        }
    }

    /** Page templates ({@code templates/pages/**}) that are not {@code visible: false}, by module then path. */
    public List<Template> pageTemplates() {
        List<Template> templates = new ArrayList<>();
        for (Definition definition : registry.definitions("templates")) {
            if (definition.name().startsWith("pages/") && !"false".equals(String.valueOf(definition.tree().get("visible")))) {
                templates.add(template(definition));
            }
        }
        return templates;
    }

    public Optional<Template> find(String templateId) {
        return definition(templateId).map(PageTemplates::template);
    }

    public boolean isPageTemplate(String templateId) {
        return definition(templateId).filter(d -> d.name().startsWith("pages/")).isPresent();
    }

    /** The areas of a page or component template, in file order; none when the template is unknown. */
    public List<AreaRule> areas(String templateId) {
        List<AreaRule> areas = new ArrayList<>();
        Object tree = definition(templateId).map(d -> d.tree().get("areas")).orElse(null);
        for (Map<String, Object> area : MagnoliaYaml.namedItems(tree)) {
            List<String> available = new ArrayList<>();
            for (Map<String, Object> component : MagnoliaYaml.namedItems(area.get("availableComponents"))) {
                if ("false".equals(String.valueOf(component.get("enabled")))) {
                    continue;
                }
                Object id = component.get("id");
                available.add(id != null ? String.valueOf(id) : String.valueOf(component.get("name")));
            }
            Object type = area.get("type");
            Object title = area.get("title");
            areas.add(new AreaRule(String.valueOf(area.get("name")), title == null ? null : String.valueOf(title),
                    type == null ? "list" : String.valueOf(type), List.copyOf(available), integer(area.get("maxComponents"))));
        }
        return areas;
    }

    public Optional<AreaRule> area(String templateId, String areaName) {
        return areas(templateId).stream().filter(a -> a.name().equals(areaName)).findFirst();
    }

    /** The dialog named by the template's {@code dialog}; an empty one when it names none or an unknown one. */
    public DialogModel dialog(String templateId) {
        Optional<String> dialogId = dialogId(templateId);
        return dialogId.flatMap(id -> registry.findDefinition("dialogs", id)).map(DialogModel::of)
                .orElseGet(() -> DialogModel.empty(dialogId.orElse(String.valueOf(templateId))));
    }

    public Optional<String> dialogId(String templateId) {
        return definition(templateId).map(d -> d.tree().get("dialog")).map(String::valueOf).filter(s -> !s.isBlank());
    }

    private Optional<Definition> definition(String templateId) {
        return templateId == null ? Optional.empty() : registry.findDefinition("templates", templateId);
    }

    private static Template template(Definition definition) {
        Object title = definition.tree().get("title");
        Object description = definition.tree().get("description");
        return new Template(definition.id(), title == null ? definition.name() : String.valueOf(title),
                description == null ? null : String.valueOf(description));
    }

    private static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
