package de.quartiersnetz.cms.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.quartiersnetz.cms.modules.DefinitionRegistry;

/** AdminCentral's home: every app of the light modules, labelled from their i18n bundles. */
@Controller
@ConditionalOnWebApplication
class AppLauncherController {
    private final DefinitionRegistry registry;
    private final AppLabels labels;
    private final ObjectProvider<BuiltInApp> builtInApps;
    private final MessageSource messages;

    AppLauncherController(DefinitionRegistry registry, ObjectProvider<BuiltInApp> builtInApps, MessageSource messages) {
        this.registry = registry;
        this.labels = new AppLabels(registry);
        this.builtInApps = builtInApps;
        this.messages = messages;
    }

    @GetMapping("/.magnolia/admincentral")
    String launcher(Model model, Locale locale, Authentication user) {
        List<AppTile> apps = new ArrayList<>();
        registry.apps().forEach(app ->
                apps.add(new AppTile(app.name(), labels.app(app, locale), "/.magnolia/admincentral/apps/" + app.name())));
        builtInApps.orderedStream().filter(app -> app.visibleTo().test(user)).forEach(app ->
                apps.add(new AppTile(app.name(), messages.getMessage(app.labelKey(), null, app.name(), locale), app.href())));
        apps.sort(Comparator.comparing(AppTile::label, String.CASE_INSENSITIVE_ORDER));
        model.addAttribute("apps", apps);
        return "launcher";
    }

    /** One entry of the launcher. */
    public record AppTile(String name, String label, String href) {
    }
}
