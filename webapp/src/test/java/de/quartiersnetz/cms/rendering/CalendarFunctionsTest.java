package de.quartiersnetz.cms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** "Jetzt geöffnet" and the next opening of weekly slots, in the site's zone. */
class CalendarFunctionsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Map<String, Object> TUESDAY = Map.of("weekday", "tuesday", "opens", "15:00", "closes", "18:00");
    static final Map<String, Object> WEDNESDAY = Map.of("weekday", "wednesday", "opens", "09:00", "closes", "12:00");

    static CalendarFunctions at(String localDateTime) {
        return new CalendarFunctions(Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant(), BERLIN));
    }

    static String format(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("EEE yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(BERLIN));
        return format.format(date);
    }

    @Test
    void openDuringASlotUntilItsEnd() {
        // 2026-12-01 is a Tuesday
        CalendarFunctions.WeeklyStatus status = at("2026-12-01T16:30").weekly(List.of(TUESDAY, WEDNESDAY));
        assertThat(status.open()).isTrue();
        assertThat(format(status.currentCloses())).isEqualTo("Tue 2026-12-01 18:00");
        assertThat(format(status.nextOpens())).isEqualTo("Wed 2026-12-02 09:00");
    }

    @Test
    void closedGivesTheNextOpeningAlsoInTheNextWeek() {
        CalendarFunctions.WeeklyStatus evening = at("2026-12-02T12:00").weekly(List.of(TUESDAY, WEDNESDAY));
        assertThat(evening.open()).isFalse();
        assertThat(format(evening.nextOpens())).isEqualTo("Tue 2026-12-08 15:00");
        assertThat(evening.next()).isEqualTo(TUESDAY);
        assertThat(at("2026-12-01T14:59").weekly(List.of(TUESDAY)).open()).isFalse();
        assertThat(at("2026-12-01T18:00").weekly(List.of(TUESDAY)).open()).isFalse();
    }

    @Test
    void validityLimitsTheSlots() {
        Date from = Date.from(LocalDateTime.parse("2026-12-10T00:00").atZone(BERLIN).toInstant());
        Date until = Date.from(LocalDateTime.parse("2026-11-30T00:00").atZone(BERLIN).toInstant());
        Map<String, Object> later = Map.of("weekday", "tuesday", "opens", "15:00", "closes", "18:00", "validFrom", from);
        Map<String, Object> over = Map.of("weekday", "tuesday", "opens", "15:00", "closes", "18:00", "validUntil", until);
        CalendarFunctions calendar = at("2026-12-01T16:00");
        assertThat(calendar.weekly(List.of(later)).open()).isFalse();
        assertThat(format(calendar.weekly(List.of(later)).nextOpens())).isEqualTo("Tue 2026-12-15 15:00");
        CalendarFunctions.WeeklyStatus ended = calendar.weekly(List.of(over));
        assertThat(ended.open()).isFalse();
        assertThat(ended.nextOpens()).isNull();
    }

    @Test
    void slotsWithoutAValidWeekdayOrTimeAreIgnored() {
        CalendarFunctions.WeeklyStatus status = at("2026-12-01T16:00").weekly(List.of(
                Map.of("weekday", "dienstag", "opens", "15:00", "closes", "18:00"),
                Map.of("weekday", "tuesday", "opens", "15 Uhr", "closes", "18:00")));
        assertThat(status.open()).isFalse();
        assertThat(status.nextOpens()).isNull();
    }
}
