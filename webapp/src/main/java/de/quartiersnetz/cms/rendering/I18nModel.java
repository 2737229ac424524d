package de.quartiersnetz.cms.rendering;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import de.quartiersnetz.cms.modules.DefinitionRegistry;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * {@code i18n}: messages of the light modules' bundles for the rendering locale. {@code i18n["key"]} or, with
 * arguments, {@code i18n("key", arg1, ...)}. A missing key shows as the key itself.
 */
final class I18nModel implements TemplateHashModel, TemplateMethodModelEx {
    private final DefinitionRegistry registry;
    private final Locale locale;

    I18nModel(DefinitionRegistry registry, Locale locale) {
        this.registry = registry;
        this.locale = locale;
    }

    String message(String key, Object... args) {
        String text = registry.message(key, locale).orElse(key);
        if (args.length == 0) {
            return text;
        }
        return new MessageFormat(text.replace("'", "''"), locale).format(args);
    }

    @Override
    public TemplateModel get(String key) {
        return new SimpleScalar(message(key));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("i18n(key, ...) braucht einen Schlüssel");
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return new SimpleScalar(message(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), args));
    }
}
