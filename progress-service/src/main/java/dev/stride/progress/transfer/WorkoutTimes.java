package dev.stride.progress.transfer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date-times and durations of the exports. Read: {@code 2023-01-15 08:30:00} (also without seconds, with a
 * {@code T}, or on a 12-hour clock like {@code 2023-01-15 8:30:00 am}) and Hevy's {@code 15 Jan 2023, 08:30} (also
 * with seconds); Strong durations like {@code 1h 5m}, {@code 45m}, {@code 30s}. Written: Strong's and Hevy's usual forms.
 */
final class WorkoutTimes {

    static final DateTimeFormatter STRONG = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ENGLISH);
    static final DateTimeFormatter HEVY = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            accepting("uuuu-MM-dd[ ]['T']H:mm[:ss]", Locale.ENGLISH),
            accepting("uuuu-MM-dd h:mm[:ss] a", Locale.ENGLISH),
            accepting("d MMM uuuu, H:mm[:ss]", Locale.ENGLISH),
            accepting("d MMM uuuu, H:mm[:ss]", Locale.UK));
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,3})h)? ?(?:(\\d{1,4})m(?:in)?)? ?(?:(\\d{1,6})s)?");

    private WorkoutTimes() {
    }

    static LocalDateTime dateTime(String column, String text) throws RefusedCell {
        String plain = text.replace('\u202f', ' ').replace('\u00a0', ' ');
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return LocalDateTime.parse(plain, format);
            } catch (DateTimeParseException notThisForm) {
                // the next accepted form may fit
            }
        }
        throw new RefusedCell(column + " is '" + Cells.shortened(text) + "', not a date and time like "
                + "2023-01-15 08:30:00 or 15 Jan 2023, 08:30");
    }

    /** The end of a workout that started then and lasted as long as Strong's text says; null if the text is null. */
    static LocalDateTime endAfter(LocalDateTime start, String column, String duration) throws RefusedCell {
        if (duration == null) {
            return null;
        }
        Matcher parts = DURATION.matcher(duration);
        if (!parts.matches() || duration.isBlank()) {
            throw new RefusedCell(column + " is '" + Cells.shortened(duration) + "', not a duration like 1h 5m");
        }
        return start.plusHours(number(parts.group(1))).plusMinutes(number(parts.group(2)))
                .plusSeconds(number(parts.group(3)));
    }

    /** Strong's text for the time between start and end, like {@code 1h 5m}; null if the end is unknown or before the start. */
    static String strongDuration(LocalDateTime start, LocalDateTime end) {
        if (end == null || end.isBefore(start)) {
            return null;
        }
        Duration length = Duration.between(start, end);
        String text = (length.toHours() > 0 ? length.toHours() + "h " : "")
                + (length.toMinutesPart() > 0 ? length.toMinutesPart() + "m " : "")
                + (length.toSecondsPart() > 0 ? length.toSecondsPart() + "s" : "");
        return text.isBlank() ? "0m" : text.strip();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static DateTimeFormatter accepting(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
