package de.quartiersnetz.cms.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.regex.Pattern;

import javax.jcr.PropertyType;

/**
 * Turns submitted values (form text or typed values from YAML/JSON) into the JCR string form of a
 * content-type property type. Throws {@link IllegalArgumentException} with a message for the user.
 */
final class ValueConverter {
    static final ZoneId EDITORIAL_ZONE = ZoneId.of("Europe/Berlin");
    /** How JCR and Magnolia's exports write a date: milliseconds and the offset. */
    static final DateTimeFormatter JCR_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LONG = Pattern.compile("[-+]?\\d{1,18}");

    private ValueConverter() {
    }

    /** The JCR type a content-type property type is stored as. */
    static int jcrType(String modelType) {
        return switch (modelType.toLowerCase()) {
            case "boolean" -> PropertyType.BOOLEAN;
            case "long" -> PropertyType.LONG;
            case "double" -> PropertyType.DOUBLE;
            case "decimal" -> PropertyType.DECIMAL;
            case "date" -> PropertyType.DATE;
            default -> PropertyType.STRING;
        };
    }

    static String convert(int jcrType, Object value) {
        return switch (jcrType) {
            case PropertyType.BOOLEAN -> toBoolean(value);
            case PropertyType.LONG -> toLong(value);
            case PropertyType.DOUBLE -> toDouble(value);
            case PropertyType.DECIMAL -> toDecimal(value);
            case PropertyType.DATE -> toDate(value);
            default -> value.toString();
        };
    }

    static String toReference(Object value) {
        String text = value.toString().trim();
        String bare = text.startsWith("jcr:") ? text.substring(4) : text;
        if (!UUID.matcher(bare).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an item identifier (UUID)");
        }
        return text.toLowerCase();
    }

    private static String toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        String text = value.toString().trim().toLowerCase();
        if (text.equals("true") || text.equals("false")) {
            return text;
        }
        throw new IllegalArgumentException("'" + value + "' is not a Boolean (expected true or false)");
    }

    private static String toLong(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value.toString();
        }
        String text = value.toString().trim();
        if (!LONG.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
        return Long.toString(Long.parseLong(text));
    }

    private static String toDouble(Object value) {
        if (value instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        try {
            double parsed = Double.parseDouble(value.toString().trim().replace(',', '.'));
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException();
            }
            return Double.toString(parsed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    private static String toDecimal(Object value) {
        try {
            return new BigDecimal(value.toString().trim().replace(',', '.')).toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a decimal number");
        }
    }

    private static String toDate(Object value) {
        if (value instanceof Calendar calendar) {
            return JCR_DATE.format(((GregorianCalendar) calendar).toZonedDateTime());
        }
        if (value instanceof Date date) {
            return JCR_DATE.format(date.toInstant().atZone(EDITORIAL_ZONE));
        }
        if (value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return JCR_DATE.format((java.time.temporal.TemporalAccessor) value);
        }
        if (value instanceof LocalDate localDate) {
            return JCR_DATE.format(localDate.atStartOfDay(EDITORIAL_ZONE));
        }
        String text = value.toString().trim();
        try {
            return JCR_DATE.format(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notOffset) {
            try {
                return JCR_DATE.format(LocalDateTime.parse(text).atZone(EDITORIAL_ZONE));
            } catch (DateTimeParseException notLocal) {
                try {
                    return JCR_DATE.format(LocalDate.parse(text).atStartOfDay(EDITORIAL_ZONE));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + value
                            + "' is not a date (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss][+hh:mm])");
                }
            }
        }
    }
}
