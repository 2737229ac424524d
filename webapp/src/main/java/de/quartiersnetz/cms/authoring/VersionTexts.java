package de.quartiersnetz.cms.authoring;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;

import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.DefinitionRegistry;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.SubModelDefinition;
import de.quartiersnetz.cms.repository.ContentRepository;
import de.quartiersnetz.cms.repository.Tree;

/**
 * What the versions screens show for fields and values: labels from the content type's i18n bundles
 * ("Angebote / Schwerpunkte 2 › Angebot (EN)"), dates in the reader's language, referenced items by title.
 */
final class VersionTexts {
    private static final Pattern ENTRY = Pattern.compile("\\[(\\d+)]");
    private static final Pattern IDENTIFIER =
            Pattern.compile("(jcr:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DefinitionRegistry registry;
    private final ContentRepository repository;
    private final List<String> languages;
    private final Clock clock;

    VersionTexts(DefinitionRegistry registry, ContentRepository repository, List<String> languages, Clock clock) {
        this.registry = registry;
        this.repository = repository;
        this.languages = List.copyOf(languages);
        this.clock = clock;
    }

    /**
     * @param labelKeys the labels from the outermost field in
     * @param field     the field path; an entry number in it ({@code offers[1].title}) is shown counted from 1
     */
    String fieldLabel(List<String> labelKeys, String field, String language, Locale locale) {
        Matcher entry = ENTRY.matcher(field);
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < labelKeys.size(); i++) {
            if (i > 0) {
                label.append(" › ");
            }
            label.append(registry.message(labelKeys.get(i), locale).orElse(labelKeys.get(i)));
            if (i < labelKeys.size() - 1 && entry.find()) {
                label.append(' ').append(Integer.parseInt(entry.group(1)) + 1);
            }
        }
        if (language != null) {
            label.append(" (").append(language.toUpperCase(Locale.ROOT)).append(')');
        }
        return label.toString();
    }

    /** The label of a field named by a validation error ({@code offers[0].title_en}); the path itself if unknown. */
    String fieldLabel(ContentTypeDefinition type, String field, Locale locale) {
        List<String> keys = new ArrayList<>();
        List<PropertyDefinition> definitions = type.properties();
        String language = null;
        for (String segment : field.split("\\.")) {
            String name = segment.replaceAll("\\[\\d+]$", "");
            Optional<PropertyDefinition> definition = find(definitions, name);
            for (String candidate : languages.subList(1, languages.size())) {
                if (definition.isEmpty() && name.endsWith("_" + candidate)) {
                    definition = find(definitions, name.substring(0, name.length() - candidate.length() - 1));
                    language = candidate;
                }
            }
            if (definition.isEmpty()) {
                return field;
            }
            keys.add(definition.get().label() != null ? definition.get().label() : definition.get().name());
            definitions = type.subModel(definition.get().type()).map(SubModelDefinition::properties).orElse(List.of());
        }
        return fieldLabel(keys, field, language, locale);
    }

    String dateTime(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(time.withZoneSameInstant(clock.getZone()));
    }

    /** A stored value as a reader wants it: dates formatted, references by the title of the item they name. */
    String value(String stored, Locale locale) {
        if (IDENTIFIER.matcher(stored).matches()) {
            return referencedTitle(stored.startsWith("jcr:") ? stored.substring(4) : stored).orElse(stored);
        }
        try {
            ZonedDateTime time = OffsetDateTime.parse(stored).atZoneSameInstant(clock.getZone());
            return time.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(time)
                    : dateTime(time, locale);
        } catch (DateTimeParseException notADate) {
            return stored;
        }
    }

    private Optional<String> referencedTitle(String identifier) {
        return repository.read(Tree.AUTHOR, "versions.referenceTitle", session -> {
            try {
                Node node = session.getNodeByIdentifier(identifier);
                boolean titled = node.hasProperty("title") && !node.getProperty("title").isMultiple();
                return Optional.of(titled ? node.getProperty("title").getString() : node.getName());
            } catch (ItemNotFoundException gone) {
                return Optional.empty();
            }
        });
    }

    private static Optional<PropertyDefinition> find(List<PropertyDefinition> definitions, String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
