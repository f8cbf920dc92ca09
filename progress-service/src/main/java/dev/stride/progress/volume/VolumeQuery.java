package dev.stride.progress.volume;

import java.time.LocalDate;
import java.util.Locale;

import dev.stride.progress.paging.ListQuery;

/** The query parameters of {@code /volume}, checked: 400 with the field named when one is wrong. */
public record VolumeQuery(LocalDate from, LocalDate to, Bucket bucket, By by) {
    static final int MAX_DAYS = 731;

    public enum Bucket {
        DAY, WEEK;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum By {
        EXERCISE, MUSCLE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Missing {@code to} is today, missing {@code from} four weeks before {@code to}. */
    public static VolumeQuery parse(String from, String to, String bucket, String by, LocalDate today) {
        LocalDate end = to == null ? today : ListQuery.date("to", to, today);
        LocalDate start = from == null ? end.minusDays(27) : ListQuery.date("from", from, today);
        if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ListQuery.invalid("from", "must be on or before to, at most " + MAX_DAYS + " days apart");
        }
        return new VolumeQuery(start, end, ListQuery.option(Bucket.class, "bucket", bucket, Bucket.DAY),
                ListQuery.option(By.class, "by", by, By.EXERCISE));
    }
}
