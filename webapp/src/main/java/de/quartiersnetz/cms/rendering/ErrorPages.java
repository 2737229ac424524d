package de.quartiersnetz.cms.rendering;

import org.springframework.web.util.HtmlUtils;

/**
 * The built-in German error pages of the public site (400, 404, 500): plain HTML that needs no template, so they
 * work when a template is what failed. They use the site's stylesheet ({@code parameters.stylesheet}) if any.
 */
final class ErrorPages {
    private ErrorPages() {
    }

    static String page(Site site, String contextPath, int status, String detail) {
        String title = switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 404 -> "Seite nicht gefunden";
            default -> "Ein Fehler ist aufgetreten";
        };
        String text = switch (status) {
            case 400 -> "Die Anfrage enthält ungültige Angaben.";
            case 404 -> "Die angeforderte Seite gibt es nicht (mehr). Vielleicht wurde sie verschoben oder die Adresse "
                    + "ist falsch geschrieben.";
            default -> "Die Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es später noch einmal.";
        };
        Object siteTitle = site.parameters().get("title");
        Object stylesheet = site.parameters().get("stylesheet");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(escape(title))
                .append(siteTitle == null ? "" : " – " + escape(siteTitle.toString())).append("</title>");
        if (stylesheet != null) {
            html.append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath + stylesheet)).append("\">");
        }
        html.append("</head><body><main id=\"inhalt\" class=\"error-page\"><h1>").append(escape(title)).append("</h1>")
                .append("<p>").append(escape(text)).append("</p>");
        if (detail != null) {
            html.append("<p>").append(escape(detail)).append("</p>");
        }
        html.append("<p><a href=\"").append(escape(contextPath.isEmpty() ? "/" : contextPath + "/"))
                .append("\">Zur Startseite</a></p>")
                .append("<p class=\"error-code\">Fehlercode ").append(status).append("</p></main></body></html>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
