package de.quartiersnetz.cms.authoring;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Shows stored values in a browser cell in the UI language: option labels instead of option values, dates and
 * numbers the local way, rich text as plain text, long text cut short.
 */
final class CellFormatter {
    private static final int MAX_LENGTH = 80;

    private final Locale locale;
    private final ZoneId zone;
    private final Function<Boolean, String> yesNo;

    /** @param yesNo the UI's words for true and false */
    CellFormatter(Locale locale, ZoneId zone, Function<Boolean, String> yesNo) {
        this.locale = locale;
        this.zone = zone;
        this.yesNo = yesNo;
    }

    String format(BrowserColumn column, List<String> values, OptionFilter options) {
        List<String> shown = new ArrayList<>();
        for (String value : values) {
            shown.add(one(column, value, options));
        }
        return shorten(String.join(", ", shown));
    }

    /** Date and time of a modification, e.g. {@code 24.11.2026, 16:05}. */
    String dateTime(ZonedDateTime moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(moment.withZoneSameInstant(zone));
    }

    private String one(BrowserColumn column, String value, OptionFilter options) {
        if (options != null) {
            return options.option(value).map(OptionFilter.Option::label).orElse(value);
        }
        try {
            return switch (column.kind()) {
                case BOOLEAN -> yesNo.apply(Boolean.parseBoolean(value));
                case LONG, DOUBLE, DECIMAL -> NumberFormat.getInstance(locale).format(new BigDecimal(value));
                case DATE -> date(ZonedDateTime.parse(value));
                case RICH_TEXT -> plainText(value);
                default -> value;
            };
        } catch (NumberFormatException | DateTimeParseException notOfItsKind) {
            return value;
        }
    }

    /** The text of rich text; the cell escapes it again. */
    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private String date(ZonedDateTime stored) {
        ZonedDateTime local = stored.withZoneSameInstant(zone);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(local)
                : dateTime(local);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).strip() + "…";
    }
}
