package de.quartiersnetz.cms.authoring;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * What the browser's screens share: the app and list state of a request, the list model, and whether htmx asked
 * for the results region only or the browser for a whole page.
 */
final class BrowserPages {
    static final String RESULTS = "browser-results";
    static final String PAGE = "browser";

    private final ContentApps apps;
    private final BrowserListing listing;
    private final BrowserViews views;
    private final MessageSource messages;

    BrowserPages(ContentApps apps, BrowserListing listing, BrowserViews views, MessageSource messages) {
        this.apps = apps;
        this.listing = listing;
        this.views = views;
        this.messages = messages;
    }

    ContentApp app(String appName, Locale locale) {
        return apps.require(appName, locale);
    }

    BrowserParams params(HttpServletRequest request, ContentApp app) {
        return BrowserParams.parse(request.getParameterMap(), app);
    }

    /** Puts the list ({@code view}) into the model. */
    void list(Model model, ContentApp app, BrowserParams params, HttpServletRequest request, Locale locale,
              Authentication user) {
        model.addAttribute("view", views.build(app, params, listing.list(app, params), request.getContextPath(), locale,
                PublishingRights.mayPublish(user)));
    }

    /** htmx asks for a part of the page; a history restore after a cache miss wants the whole page. */
    static boolean fragment(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
