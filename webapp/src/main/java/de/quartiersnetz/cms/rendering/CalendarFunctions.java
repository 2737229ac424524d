package de.quartiersnetz.cms.rendering;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

/**
 * {@code calendarfn}: date helpers for templates, in the site's time zone. {@link #weekly} evaluates recurring
 * weekly slots (any items with a weekday, an opening and a closing time and an optional validity range): is one
 * open now, and when is the next opening.
 */
public final class CalendarFunctions {
    private final Clock clock;

    CalendarFunctions(Clock clock) {
        this.clock = clock;
    }

    public Date now() {
        return Date.from(clock.instant());
    }

    public boolean isFuture(Date date) {
        return date != null && date.toInstant().isAfter(clock.instant());
    }

    public boolean isPast(Date date) {
        return date != null && date.toInstant().isBefore(clock.instant());
    }

    /** The result of {@link #weekly}: the slot open now (or null) and the next opening after now (or null). */
    public record WeeklyStatus(boolean open, Map<String, Object> current, Date currentCloses, Map<String, Object> next,
            Date nextOpens, Date nextCloses) {
        public boolean isOpen() {
            return open;
        }

        public Map<String, Object> getCurrent() {
            return current;
        }

        public Date getCurrentCloses() {
            return currentCloses;
        }

        public Map<String, Object> getNext() {
            return next;
        }

        public Date getNextOpens() {
            return nextOpens;
        }

        public Date getNextCloses() {
            return nextCloses;
        }
    }

    /** {@link #weekly(Collection, String, String, String, String, String)} with the properties
     * {@code weekday, opens, closes, validFrom, validUntil}. */
    public WeeklyStatus weekly(Collection<? extends Map<String, Object>> slots) {
        return weekly(slots, "weekday", "opens", "closes", "validFrom", "validUntil");
    }

    /**
     * @param slots items with a weekday ({@code monday} … {@code sunday}), times {@code HH:mm} and optional
     *              validity dates (inclusive)
     */
    public WeeklyStatus weekly(Collection<? extends Map<String, Object>> slots, String dayProperty, String opensProperty,
            String closesProperty, String fromProperty, String untilProperty) {
        ZoneId zone = clock.getZone();
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Object> current = null;
        LocalDateTime currentCloses = null;
        Map<String, Object> next = null;
        LocalDateTime nextOpens = null;
        LocalDateTime nextCloses = null;
        for (Map<String, Object> slot : slots) {
            DayOfWeek day;
            LocalTime opens;
            LocalTime closes;
            try {
                day = DayOfWeek.valueOf(String.valueOf(slot.get(dayProperty)).strip().toUpperCase(Locale.ROOT));
                opens = LocalTime.parse(String.valueOf(slot.get(opensProperty)).strip());
                closes = LocalTime.parse(String.valueOf(slot.get(closesProperty)).strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                continue;
            }
            LocalDate from = day(slot.get(fromProperty), zone);
            LocalDate until = day(slot.get(untilProperty), zone);
            for (int offset = 0; offset <= 7 * 60; offset++) {
                LocalDate date = now.toLocalDate().plusDays(offset);
                if (date.getDayOfWeek() != day) {
                    continue;
                }
                if (until != null && date.isAfter(until)) {
                    break;
                }
                if (from != null && date.isBefore(from)) {
                    continue;
                }
                LocalDateTime start = date.atTime(opens);
                LocalDateTime end = date.atTime(closes);
                if (!now.isBefore(start) && now.isBefore(end)) {
                    current = slot;
                    currentCloses = end;
                    continue;
                }
                if (start.isAfter(now)) {
                    if (nextOpens == null || start.isBefore(nextOpens)) {
                        next = slot;
                        nextOpens = start;
                        nextCloses = end;
                    }
                    break;
                }
            }
        }
        return new WeeklyStatus(current != null, current, date(currentCloses, zone), next, date(nextOpens, zone),
                date(nextCloses, zone));
    }

    private static Date date(LocalDateTime time, ZoneId zone) {
        return time == null ? null : Date.from(time.atZone(zone).toInstant());
    }

    private static LocalDate day(Object value, ZoneId zone) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
