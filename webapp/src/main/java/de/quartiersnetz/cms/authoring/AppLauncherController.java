package de.quartiersnetz.cms.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.quartiersnetz.cms.modules.AppDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;

/** AdminCentral's home: every app of the light modules, labelled from their i18n bundles. */
@Controller
@ConditionalOnWebApplication
class AppLauncherController {
    private final DefinitionRegistry registry;

    AppLauncherController(DefinitionRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/.magnolia/admincentral")
    String launcher(Model model, Locale locale) {
        List<AppTile> apps = registry.apps().stream()
                .map(app -> new AppTile(app.name(), label(app, locale), "/.magnolia/admincentral/apps/" + app.name()))
                .sorted(Comparator.comparing(AppTile::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        model.addAttribute("apps", apps);
        return "launcher";
    }

    private String label(AppDefinition app, Locale locale) {
        String key = app.label() != null ? app.label() : app.name() + ".app.label";
        return registry.message(key, locale).orElse(app.label() != null ? app.label() : app.name());
    }

    /** One entry of the launcher. */
    public record AppTile(String name, String label, String href) {
    }
}
