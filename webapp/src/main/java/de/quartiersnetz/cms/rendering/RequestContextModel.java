package de.quartiersnetz.cms.rendering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code ctx}: the context path, the locale and the request parameters (first value of each). */
public final class RequestContextModel {
    private final RenderContext context;

    RequestContextModel(RenderContext context) {
        this.context = context;
    }

    public String getContextPath() {
        return context.contextPath();
    }

    public Locale getLocale() {
        return context.locale();
    }

    public String getLanguage() {
        return context.language();
    }

    /** The first value of a request parameter, or {@code null}. */
    public String getParameter(String name) {
        return context.parameter(name);
    }

    public Map<String, String> getParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        context.parameters().forEach((name, values) -> {
            if (values.length > 0) {
                out.put(name, values[0]);
            }
        });
        return out;
    }
}
