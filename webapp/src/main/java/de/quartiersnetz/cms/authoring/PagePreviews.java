package de.quartiersnetz.cms.authoring;

import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The page editor's access to the rendering engine's preview of an author page with edit markers. Until the
 * rendering engine is part of the build, there is none and the editor shows the page structure only.
 */
@Component
@ConditionalOnWebApplication
class PagePreviews {
    boolean available() {
        return false;
    }

    /** The page's HTML with Magnolia's edit markers, empty when no renderer is there. */
    Optional<String> render(String pagePath, Locale locale) {
        return Optional.empty();
    }
}
