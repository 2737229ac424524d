package de.quartiersnetz.cms.rendering;

import javax.jcr.Node;

import org.springframework.stereotype.Component;

/** Makes the URLs templates link to: pages below the site root, content items at their detail pages. */
@Component
public class SiteLinks {
    private final Sites sites;

    public SiteLinks(Sites sites) {
        this.sites = sites;
    }

    RenderContext.Links forContext(RenderContext context) {
        Site site = sites.current();
        return node -> {
            String workspace = NodePaths.workspace(node);
            String path = NodePaths.relative(node);
            String url = PageRenderer.WEBSITE.equals(workspace) ? site.pageUrl(path) : site.itemUrl(workspace, path);
            return url == null ? null : context.contextPath() + url;
        };
    }
}
