package de.quartiersnetz.cms.rendering;

import java.util.List;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.modules.Definition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;

/**
 * The site definitions of the light modules ({@code sites/*.yaml}). This runtime serves one site: the first
 * enabled definition (by module, then name); without one, the whole {@code website} workspace at {@code /}.
 */
@Component
public class Sites {
    private final DefinitionRegistry registry;
    private volatile Site current;

    public Sites(DefinitionRegistry registry) {
        this.registry = registry;
        registry.addListener(r -> current = null);
    }

    public Site current() {
        Site site = current;
        if (site == null) {
            site = load();
            current = site;
        }
        return site;
    }

    private Site load() {
        List<Definition> definitions = registry.definitions("sites");
        for (Definition definition : definitions) {
            if (!Boolean.FALSE.equals(definition.tree().get("enabled"))) {
                return Site.of(definition.name(), definition.module(), definition.tree());
            }
        }
        return Site.fallback();
    }
}
