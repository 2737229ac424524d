package de.quartiersnetz.cms.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker set up as Magnolia's: square-bracket tags, scripts loaded from the light modules by their
 * {@code templateScript} path. Output is HTML with auto-escaping (rich text goes through {@code cmsfn.decode}).
 * The template cache is dropped whenever the light modules reload, and scripts are re-checked on disk every
 * second, so edits show without a restart.
 */
@Component
public class TemplateEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateEngine.class);
    private final Configuration configuration;

    public TemplateEngine(DefinitionRegistry registry, java.time.Clock clock) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        // dates as the editors wrote them (the site's zone), numbers and dates German unless a template says otherwise
        configuration.setTimeZone(java.util.TimeZone.getTimeZone(clock.getZone()));
        configuration.setLocale(java.util.Locale.GERMAN);
        configuration.setTemplateLoader(new LightModuleTemplateLoader(registry));
        configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(1000);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        configuration.setObjectWrapper(wrapper.build());
        registry.addListener(r -> configuration.clearTemplateCache());
    }

    Configuration configuration() {
        return configuration;
    }

    /** Renders the script with the data model; errors come out as {@link TemplateRenderException} with file and line. */
    public void process(String templateScript, Map<String, Object> model, Writer out) {
        Template template = template(templateScript);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new TemplateRenderException(templateScript, 0, "Ausgabe fehlgeschlagen: " + e.getMessage(), e);
        }
    }

    Template template(String templateScript) {
        if (templateScript == null || templateScript.isBlank()) {
            throw new TemplateRenderException(null, 0, "Die Definition nennt kein templateScript.", null);
        }
        try {
            return configuration.getTemplate(templateScript);
        } catch (TemplateNotFoundException e) {
            throw new TemplateRenderException(templateScript, 0, "Vorlagendatei nicht gefunden.", e);
        } catch (ParseException e) {
            throw new TemplateRenderException(e.getTemplateName() == null ? templateScript : e.getTemplateName(),
                    e.getLineNumber(), e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateRenderException(templateScript, 0, "Vorlage nicht lesbar: " + e.getMessage(), e);
        }
    }

    static TemplateRenderException failure(TemplateException e) {
        if (e.getCause() instanceof TemplateRenderException inner) {
            return inner;
        }
        String name = e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        String message = e.getMessageWithoutStackTop();
        Throwable root = e.getCause();
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != null && root.getMessage() != null && (message == null || !message.contains(root.getMessage()))) {
            message = (message == null ? "" : message.strip() + "\n") + "Ursache: " + root.getMessage();
        }
        return new TemplateRenderException(name, line == null ? 0 : line, message == null ? e.toString() : message.strip(), e);
    }

    static void logFailure(TemplateRenderException e, String what) {
        LOG.error("Template error while rendering {}: {}", what, e.getMessage());
    }
}
