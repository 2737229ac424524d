package de.quartiersnetz.cms.rendering;

/**
 * A template could not be rendered: carries the template file and line so the log, the preview's error box and
 * the editor can point at the cause.
 */
public class TemplateRenderException extends RuntimeException {
    private final String templateName;
    private final int line;
    private final String detail;

    public TemplateRenderException(String templateName, int line, String detail, Throwable cause) {
        super(describe(slashed(templateName), line, detail), cause);
        this.templateName = slashed(templateName);
        this.line = line;
        this.detail = detail;
    }

    private static String slashed(String name) {
        return name == null || name.startsWith("/") ? name : "/" + name;
    }

    private static String describe(String templateName, int line, String detail) {
        return (templateName == null ? "(unbekannte Vorlage)" : templateName) + (line > 0 ? ":" + line : "") + ": " + detail;
    }

    /** The template's resource path, e.g. {@code /site/templates/pages/home.ftl}; may be {@code null}. */
    public String templateName() {
        return templateName;
    }

    /** 1-based line, or 0 when not known. */
    public int line() {
        return line;
    }

    public String detail() {
        return detail;
    }
}
