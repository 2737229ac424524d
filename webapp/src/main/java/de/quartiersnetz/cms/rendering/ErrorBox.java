package de.quartiersnetz.cms.rendering;

import org.springframework.web.util.HtmlUtils;

/** The German error box the preview shows instead of a page whose template failed. */
public final class ErrorBox {
    private ErrorBox() {
    }

    public static String fragment(TemplateRenderException e) {
        String file = e.templateName() == null ? "(unbekannt)" : e.templateName();
        return "<div class=\"cms-template-error\" role=\"alert\">"
                + "<h2>Fehler in der Vorlage</h2>"
                + "<p><strong>Datei:</strong> <code>" + HtmlUtils.htmlEscape(file, "UTF-8") + "</code>"
                + (e.line() > 0 ? " <strong>Zeile:</strong> " + e.line() : "") + "</p>"
                + "<pre>" + HtmlUtils.htmlEscape(e.detail() == null ? "" : e.detail(), "UTF-8") + "</pre></div>";
    }

    public static String html(TemplateRenderException e) {
        return "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Fehler in der Vorlage</title>"
                + "</head><body>" + fragment(e) + "</body></html>";
    }
}
