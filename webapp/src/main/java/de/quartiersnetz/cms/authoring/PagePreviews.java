package de.quartiersnetz.cms.authoring;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.content.PageReader;
import de.quartiersnetz.cms.rendering.PagePreview;
import de.quartiersnetz.cms.rendering.Sites;

/**
 * The page editor's access to the rendering engine's preview of an author page with edit markers. Without a
 * renderer (an application context without the rendering engine) the editor shows the page structure only.
 */
@Component
@ConditionalOnWebApplication
class PagePreviews {
    private final ObjectProvider<PagePreview> preview;
    private final ObjectProvider<Sites> sites;
    private final PageReader pages;

    PagePreviews(ObjectProvider<PagePreview> preview, ObjectProvider<Sites> sites, PageReader pages) {
        this.preview = preview;
        this.sites = sites;
        this.pages = pages;
    }

    /** The public URL (without context path) of a page, empty when the page lies outside the site. */
    Optional<String> publicUrl(String pagePath) {
        Sites current = sites.getIfAvailable();
        return current == null ? Optional.of(pagePath) : Optional.ofNullable(current.current().pageUrl(pagePath));
    }

    /** The author page a public URL path (without context path) shows, empty for detail pages and anything else. */
    Optional<String> pageAt(String url) {
        Sites current = sites.getIfAvailable();
        String path = current == null ? url : current.current().pagePath(url);
        try {
            return pages.isPage(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException notAPagePath) {
            return Optional.empty();
        }
    }

    boolean available() {
        return preview.getIfAvailable() != null;
    }

    /** The page's HTML with Magnolia's edit markers, empty when no renderer is there. */
    Optional<String> render(String pagePath, Locale locale) {
        PagePreview renderer = preview.getIfAvailable();
        return renderer == null ? Optional.empty() : Optional.of(renderer.render(pagePath, locale, true));
    }
}
