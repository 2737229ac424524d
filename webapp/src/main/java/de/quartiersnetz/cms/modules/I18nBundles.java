package de.quartiersnetz.cms.modules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All {@code <module>/i18n/<bundle>_<locale>.properties} files merged into one message table per locale, as
 * Magnolia merges bundles into a global one. Lookup falls back: requested locale, its language, {@code de},
 * {@code en}, then the bundles without a locale.
 */
final class I18nBundles {

    /** {@code bundle}, {@code bundle_de}, {@code bundle_de_CH}; the bundle name itself may contain underscores. */
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)(?:_([a-z]{2,3})(?:_([A-Z]{2}|\\d{3}))?)?\\.properties");
    private static final List<String> FALLBACKS = List.of("de", "en", "");

    private final Map<String, Map<String, String>> byLocale;

    private I18nBundles(Map<String, Map<String, String>> byLocale) {
        this.byLocale = byLocale;
    }

    static I18nBundles empty() {
        return new I18nBundles(Map.of());
    }

    /** Earlier modules (by name) and earlier files win when two bundles define the same key for one locale. */
    static I18nBundles load(List<ScannedModule> modules, Problems problems) {
        Map<String, Map<String, String>> byLocale = new HashMap<>();
        for (ScannedModule module : modules) {
            for (Path file : module.i18nFiles()) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String locale = name.group(2) == null ? "" : name.group(3) == null ? name.group(2)
                        : name.group(2) + "_" + name.group(3);
                try {
                    Map<String, String> messages = byLocale.computeIfAbsent(locale, l -> new HashMap<>());
                    read(file).forEach((key, value) -> messages.putIfAbsent(String.valueOf(key), String.valueOf(value)));
                } catch (IOException | IllegalArgumentException e) {
                    String relative = module.module().root().relativize(file).toString().replace('\\', '/');
                    problems.add(module.module().name(), file, relative, 0, "cannot be read (" + e.getMessage()
                            + "); bundle ignored");
                }
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        byLocale.forEach((locale, messages) -> frozen.put(locale, Map.copyOf(messages)));
        return new I18nBundles(Map.copyOf(frozen));
    }

    Optional<String> message(String key, Locale locale) {
        for (String candidate : candidates(locale)) {
            Map<String, String> messages = byLocale.get(candidate);
            if (messages != null && messages.containsKey(key)) {
                return Optional.of(messages.get(key));
            }
        }
        return Optional.empty();
    }

    private static Set<String> candidates(Locale locale) {
        Set<String> candidates = new LinkedHashSet<>();
        if (locale != null && !locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                candidates.add(locale.getLanguage() + "_" + locale.getCountry());
            }
            candidates.add(locale.getLanguage());
        }
        candidates.addAll(FALLBACKS);
        return candidates;
    }

    /** UTF-8 as Magnolia prescribes; files from older modules written in ISO-8859-1 are still read. */
    private static Properties read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Properties properties = new Properties();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            properties.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (CharacterCodingException e) {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
