package dev.stride.progress.paging;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;

/** The query parameters the athlete's lists share, checked: a 400 names the parameter that is wrong. */
public final class ListQuery {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    /** Dates further than this from today are a typo or an attack, never an athlete's history. */
    private static final int MAX_YEARS_FROM_TODAY = 50;

    private ListQuery() {
    }

    /** A local date within 50 years of {@code today}, or null when absent. */
    public static LocalDate date(String field, String value, LocalDate today) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date like 2026-03-02");
        }
        if (date.isBefore(today.minusYears(MAX_YEARS_FROM_TODAY)) || date.isAfter(today.plusYears(MAX_YEARS_FROM_TODAY))) {
            throw invalid(field, "must be within " + MAX_YEARS_FROM_TODAY + " years of today");
        }
        return date;
    }

    public static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw invalid("from", "must be on or before to");
        }
    }

    public static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the same answer as an out-of-range number
        }
        throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public static UUID uuid(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID");
        }
    }

    /** One of an enum's constants by name, in any case; {@code absent} when the parameter is not given. */
    public static <E extends Enum<E>> E option(Class<E> type, String field, String value, E absent) {
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw invalid(field, "must be one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }

    public static ProblemException invalid(String field, String message) {
        return ProblemException.badRequest("Invalid query parameter " + field, List.of(new Problem.FieldError(field, message)));
    }
}
