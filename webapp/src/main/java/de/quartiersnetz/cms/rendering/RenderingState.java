package de.quartiersnetz.cms.rendering;

import java.util.Locale;

/** {@code state}: what is being rendered — the page (main content), the current node, locale and mode. */
public final class RenderingState {
    private final RenderContext context;
    private final TemplatingFunctions functions;

    RenderingState(RenderContext context, TemplatingFunctions functions) {
        this.context = context;
        this.functions = functions;
    }

    public ContentMap getMainContentNode() {
        return context.mainContent() == null ? null : functions.map(context.mainContent());
    }

    public ContentMap getCurrentContent() {
        return context.contentStack().isEmpty() ? null : functions.map(context.contentStack().peek());
    }

    public Locale getLocale() {
        return context.locale();
    }

    public String getLanguage() {
        return context.language();
    }

    public boolean isEditMode() {
        return context.editMarkers();
    }

    public boolean isPublic() {
        return context.isPublic();
    }
}
