package de.quartiersnetz.cms.rendering;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.repository.Tree;

/**
 * The page preview for the Pages app: renders a page of the {@code website} workspace from the author tree
 * (drafts included). With edit markers it writes Magnolia's page-editor comments:
 * {@code <!-- cms:page content="website:/path" dialog="..." -->} right after {@code <body>},
 * {@code <!-- cms:area content="website:/path/main" name="main" type="list" availableComponents="a,b" maxComponents="N" -->
 * ... <!-- /cms:area -->} and {@code <!-- cms:component content="website:/path/main/0" dialog="..." --> ...
 * <!-- /cms:component -->}. A template error gives a German error box (file, line, message) instead of the page.
 */
@Component
public class PagePreview {
    private final PageRenderer renderer;
    private final SiteLinks links;

    public PagePreview(PageRenderer renderer, SiteLinks links) {
        this.renderer = renderer;
        this.links = links;
    }

    /**
     * @throws de.quartiersnetz.cms.repository.ContentNotFoundException when there is no page at the path
     */
    public String render(String pagePath, Locale locale, boolean editMarkers) {
        return render(pagePath, locale, editMarkers, Map.of());
    }

    /** As {@link #render(String, Locale, boolean)}, with request parameters for templates that read them. */
    public String render(String pagePath, Locale locale, boolean editMarkers, Map<String, String[]> parameters) {
        try {
            return renderer.render(new PageRenderer.Request(Tree.AUTHOR, pagePath, locale, editMarkers, parameters, "",
                    links::forContext, Map.of()));
        } catch (TemplateRenderException e) {
            TemplateEngine.logFailure(e, "preview of website:" + pagePath);
            return ErrorBox.html(e);
        }
    }
}
