package de.quartiersnetz.cms.authoring;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.content.PageTemplates;
import de.quartiersnetz.cms.rendering.Sites;

/**
 * The page templates an editor may choose for a new page: visible page templates that the site's template
 * availability allows. Without the rendering engine (no site definitions) every visible page template.
 */
@Component
@ConditionalOnWebApplication
class OfferedPageTemplates {
    private final PageTemplates templates;
    private final ObjectProvider<Sites> sites;

    OfferedPageTemplates(PageTemplates templates, ObjectProvider<Sites> sites) {
        this.templates = templates;
        this.sites = sites;
    }

    List<PageTemplates.Template> all() {
        return templates.pageTemplates().stream().filter(t -> siteOffers(t.id())).toList();
    }

    boolean offers(String templateId) {
        return templates.isPageTemplate(templateId) && siteOffers(templateId);
    }

    private boolean siteOffers(String templateId) {
        Sites current = sites.getIfAvailable();
        return current == null || current.current().offersPageTemplate(templateId);
    }
}
