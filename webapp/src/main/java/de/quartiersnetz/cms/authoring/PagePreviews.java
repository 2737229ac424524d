package de.quartiersnetz.cms.authoring;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.rendering.PagePreview;

/**
 * The page editor's access to the rendering engine's preview of an author page with edit markers. Without a
 * renderer (an application context without the rendering engine) the editor shows the page structure only.
 */
@Component
@ConditionalOnWebApplication
class PagePreviews {
    private final ObjectProvider<PagePreview> preview;

    PagePreviews(ObjectProvider<PagePreview> preview) {
        this.preview = preview;
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
