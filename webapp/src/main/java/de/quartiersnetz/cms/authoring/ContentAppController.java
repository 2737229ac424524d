package de.quartiersnetz.cms.authoring;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The browser of a content app: {@code GET /.magnolia/admincentral/apps/{appName}} with the list state in the
 * query ({@link BrowserParams}); htmx gets the results region only.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/.magnolia/admincentral/apps/{appName}")
class ContentAppController {
    private final BrowserPages pages;

    ContentAppController(BrowserPages pages) {
        this.pages = pages;
    }

    @GetMapping
    String browse(@PathVariable String appName, HttpServletRequest request, Locale locale, Authentication user,
                  Model model) {
        ContentApp app = pages.app(appName, locale);
        pages.list(model, app, pages.params(request, app), request, locale, user);
        return BrowserPages.fragment(request) ? BrowserPages.RESULTS : BrowserPages.PAGE;
    }

    /** The form for a new folder in the folder shown. */
    @GetMapping("/folder")
    String newFolder(@PathVariable String appName, HttpServletRequest request, Locale locale, Authentication user,
                     Model model) {
        ContentApp app = pages.app(appName, locale);
        BrowserParams params = pages.params(request, app);
        String appUrl = BrowserViews.appUrl(request.getContextPath(), app);
        model.addAttribute("dialog", new BrowserDialog("folder", pages.message("actions.folder.title", locale),
                app.label(), appUrl + "/folder", List.of(), false, PublishingRights.mayPublish(user), null, List.of(),
                params.fields(), appUrl + params.query()));
        return BrowserPages.fragment(request) ? "browser-dialog" : "browser-dialog-page";
    }
}
