package de.quartiersnetz.cms.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses filter values given as text into the typed values the index compares. */
final class FilterValues {
    /** Date-only filter values and offset-less times are read in the editors' zone, as content is written. */
    static final ZoneId EDITORIAL_ZONE = ZoneId.of("Europe/Berlin");
    static final String DATE_FORMATS = "yyyy-MM-dd or yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    private FilterValues() {
    }

    /**
     * A point in time, or for a date-only value the day {@code [start, end)} in the editorial zone.
     * Comparisons ({@code gt}, {@code lte}, …) use {@code start}; equality uses the whole range.
     */
    record Instant(long start, long end, boolean dateOnly) {
    }

    static Instant date(String property, String value) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return new Instant(millis(day), millis(day.plusDays(1)), true);
            }
            long at;
            try {
                at = OffsetDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException noOffset) {
                at = LocalDateTime.parse(text).atZone(EDITORIAL_ZONE).toInstant().toEpochMilli();
            }
            return new Instant(at, at + 1, false);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + property + "': '" + value + "' is not a date (" + DATE_FORMATS + ")");
        }
    }

    static BigDecimal number(String property, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + property + "': '" + value + "' is not a number");
        }
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(EDITORIAL_ZONE).toInstant().toEpochMilli();
    }
}
