package de.quartiersnetz.cms.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.quartiersnetz.cms.content.ContentLanguages;
import de.quartiersnetz.cms.modules.ContentTypeDefinition;
import de.quartiersnetz.cms.modules.PropertyDefinition;
import de.quartiersnetz.cms.modules.PropertyKind;
import de.quartiersnetz.cms.repository.WorkspacePaths;
import de.quartiersnetz.cms.search.FieldFilter;
import de.quartiersnetz.cms.search.Operator;
import de.quartiersnetz.cms.search.SortField;

/**
 * Validates delivery query parameters strictly: every problem is an {@link InvalidParameterException}
 * naming the parameter, never a server error.
 */
public final class DeliveryRequestParser {
    private static final Set<String> RESERVED = Set.of("limit", "offset", "orderBy", "q", "lang", "fields", "total",
            "openAt");
    /** Magnolia SPA clients send these; they select nothing here. */
    private static final Set<String> IGNORED = Set.of("variants", "version");
    private static final Pattern FILTER = Pattern.compile("(@?[A-Za-z_][A-Za-z0-9_:.-]*)(?:\\[([A-Za-z-]+)])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LANGUAGE = Pattern.compile("([a-z]{2})(?:[-_][A-Za-z]{2})?");
    private static final int MAX_OFFSET = 1_000_000;
    private static final int MAX_QUERY_LENGTH = 500;

    private final ContentLanguages languages;

    public DeliveryRequestParser(ContentLanguages languages) {
        this.languages = languages;
    }

    public DeliveryRequest parse(Map<String, String[]> parameters, String acceptLanguage, DeliveryEndpoint endpoint,
                                 Optional<ContentTypeDefinition> model) {
        List<FieldFilter> filters = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().length > 1) {
                throw new InvalidParameterException(name, "'" + name + "' is given more than once");
            }
            if (!RESERVED.contains(name) && !IGNORED.contains(name)) {
                filters.add(filter(name, parameter.getValue()[0], endpoint, model));
            }
        }
        int limit = number(parameters, "limit", endpoint.limit(), 1, endpoint.options().maxLimit());
        int offset = number(parameters, "offset", 0, 0, MAX_OFFSET);
        String q = single(parameters, "q");
        if (q != null && (q.isBlank() || q.length() > MAX_QUERY_LENGTH)) {
            throw new InvalidParameterException("q", "'q' must be a non-empty text of at most " + MAX_QUERY_LENGTH
                    + " characters");
        }
        return new DeliveryRequest(language(single(parameters, "lang"), acceptLanguage), filters,
                orderBy(single(parameters, "orderBy"), endpoint, model), q, offset, limit,
                bool(parameters, "total", endpoint.options().total()), fields(single(parameters, "fields")),
                openAt(single(parameters, "openAt"), endpoint));
    }

    /** The language for a node read, from {@code lang} or the Accept-Language header. */
    public String language(String lang, String acceptLanguage) {
        if (lang != null) {
            Matcher matcher = LANGUAGE.matcher(lang);
            if (!matcher.matches() || !languages.contains(matcher.group(1))) {
                throw new InvalidParameterException("lang", "'lang' must be one of " + languages.all() + ", not '"
                        + lang + "'");
            }
            return matcher.group(1);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (languages.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                return languages.defaultLanguage();
            }
        }
        return languages.defaultLanguage();
    }

    private FieldFilter filter(String parameter, String value, DeliveryEndpoint endpoint,
                               Optional<ContentTypeDefinition> model) {
        Matcher matcher = FILTER.matcher(parameter);
        if (!matcher.matches()) {
            throw new InvalidParameterException(parameter, "'" + parameter
                    + "' is not a parameter (filters are written property[operator]=value)");
        }
        String property = matcher.group(1);
        Operator operator = operator(parameter, matcher.group(2));
        checkProperty(parameter, property, endpoint, model);
        List<String> values = List.of(value.split("\\|", -1));
        for (String alternative : values) {
            checkValue(parameter, property, operator, alternative, model);
        }
        return new FieldFilter(property, operator, values);
    }

    private static Operator operator(String parameter, String operator) {
        if (operator == null) {
            return Operator.EQ;
        }
        return switch (operator) {
            case "eq" -> Operator.EQ;
            case "ne" -> Operator.NE;
            case "gt" -> Operator.GT;
            case "lt" -> Operator.LT;
            case "gte" -> Operator.GTE;
            case "lte" -> Operator.LTE;
            case "like" -> Operator.LIKE;
            case "in" -> Operator.IN;
            case "not-in" -> Operator.NOT_IN;
            case "null" -> Operator.NULL;
            default -> throw new InvalidParameterException(parameter, "'" + operator
                    + "' is not an operator (one of eq, ne, gt, lt, gte, lte, like, in, not-in, null)");
        };
    }

    private void checkProperty(String parameter, String property, DeliveryEndpoint endpoint,
                               Optional<ContentTypeDefinition> model) {
        if (property.startsWith("@")) {
            if (!Set.of("@name", "@ancestor", "@jcr:uuid").contains(property)) {
                throw new InvalidParameterException(parameter, "'" + property
                        + "' is not a special filter (one of @name, @ancestor, @jcr:uuid)");
            }
            return;
        }
        if (endpoint.strict() && !property.contains(":") && model.isPresent() && definition(property, model).isEmpty()) {
            throw new InvalidParameterException(parameter, "'" + property + "' is not a property of content type '"
                    + model.get().name() + "'");
        }
    }

    private void checkValue(String parameter, String property, Operator operator, String value,
                            Optional<ContentTypeDefinition> model) {
        switch (property) {
            case "@ancestor" -> {
                try {
                    WorkspacePaths.normalise(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(parameter, "'" + value + "' is not a path");
                }
                return;
            }
            case "@jcr:uuid" -> {
                if (!UUID.matcher(value).matches()) {
                    throw new InvalidParameterException(parameter, "'" + value + "' is not an identifier (UUID)");
                }
                return;
            }
            default -> {
            }
        }
        if (operator == Operator.NULL) {
            if (!value.equals("true") && !value.equals("false")) {
                throw new InvalidParameterException(parameter, "the null operator takes true or false, not '" + value + "'");
            }
            return;
        }
        List<String> parts = List.of(value);
        if (operator == Operator.IN || operator == Operator.NOT_IN) {
            parts = List.of(value.split("~", -1));
            if (parts.size() != 2) {
                throw new InvalidParameterException(parameter, "'" + value + "' is not a range (write from~to)");
            }
        }
        Optional<PropertyDefinition> definition = definition(property, model);
        PropertyKind kind = property.equals("mgnl:created") || property.equals("mgnl:lastModified")
                || property.equals("mgnl:lastActivated") ? PropertyKind.DATE
                : definition.map(d -> model.get().kindOf(d)).orElse(PropertyKind.STRING);
        for (String part : parts) {
            checkTyped(parameter, kind, part);
        }
    }

    private static void checkTyped(String parameter, PropertyKind kind, String value) {
        switch (kind) {
            case DATE -> {
                try {
                    if (value.length() == 10) {
                        LocalDate.parse(value);
                    } else {
                        OffsetDateTime.parse(value);
                    }
                } catch (DateTimeParseException e) {
                    throw new InvalidParameterException(parameter, "'" + value
                            + "' is not a date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss.SSS+hh:mm)");
                }
            }
            case LONG -> {
                if (!value.matches("-?[0-9]{1,18}")) {
                    throw new InvalidParameterException(parameter, "'" + value + "' is not a whole number");
                }
            }
            case DOUBLE, DECIMAL -> {
                if (!value.matches("-?[0-9]{1,18}(\\.[0-9]{1,18})?")) {
                    throw new InvalidParameterException(parameter, "'" + value + "' is not a number");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidParameterException(parameter, "'" + value + "' is not true or false");
                }
            }
            default -> {
            }
        }
    }

    private Optional<PropertyDefinition> definition(String property, Optional<ContentTypeDefinition> model) {
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Optional<PropertyDefinition> direct = model.get().property(property);
        if (direct.isPresent()) {
            return direct;
        }
        int underscore = property.lastIndexOf('_');
        if (underscore > 0 && languages.contains(property.substring(underscore + 1))) {
            return model.get().property(property.substring(0, underscore)).filter(PropertyDefinition::i18n);
        }
        return Optional.empty();
    }

    private List<SortField> orderBy(String orderBy, DeliveryEndpoint endpoint, Optional<ContentTypeDefinition> model) {
        if (orderBy == null) {
            return List.of();
        }
        List<SortField> fields = new ArrayList<>();
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2 || !FILTER.matcher(words[0]).matches()
                    || words[0].contains("[")) {
                throw new InvalidParameterException("orderBy", "'" + part.trim()
                        + "' is not an ordering (write property [asc|desc], separated by commas)");
            }
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidParameterException("orderBy", "'" + words[1] + "' is not a direction (asc or desc)");
            }
            if (words[0].startsWith("@") && !words[0].equals("@name")) {
                throw new InvalidParameterException("orderBy", "'" + words[0] + "' cannot be ordered by (use @name)");
            }
            checkProperty("orderBy", words[0].startsWith("@") ? "@name" : words[0], endpoint, model);
            fields.add(new SortField(words[0], direction.equals("desc")));
        }
        return fields;
    }

    private static Set<String> fields(String fields) {
        if (fields == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String field : fields.split(",")) {
            String name = field.trim();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_:-]*")) {
                throw new InvalidParameterException("fields", "'" + name + "' is not a property name");
            }
            names.add(name);
        }
        return names;
    }

    private static LocalDateTime openAt(String openAt, DeliveryEndpoint endpoint) {
        if (openAt == null) {
            return null;
        }
        if (endpoint.options().openAt() == null) {
            throw new InvalidParameterException("openAt", "'openAt' is not available on this endpoint");
        }
        try {
            return LocalDateTime.parse(openAt);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("openAt", "'" + openAt + "' is not a local date and time (yyyy-MM-ddTHH:mm)");
        }
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback, int min, int max) {
        String value = single(parameters, name);
        if (value == null) {
            return Math.min(fallback, max);
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidParameterException(name, "'" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + value + "'");
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new InvalidParameterException(name, "'" + name + "' must be from " + min + " to " + max + ", not "
                    + number);
        }
        return number;
    }

    private static boolean bool(Map<String, String[]> parameters, String name, boolean fallback) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidParameterException(name, "'" + name + "' must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
