package dev.stride.progress.sets;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.stride.contracts.TextRules;
import dev.stride.progress.athlete.AthleteIds;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;

/** What a completed or voided set must satisfy at every door (Kafka, REST, webhook). */
public final class SetRules {
    private static final String EVENT_ID_RULE = "must be 1 to 128 characters, not blank, without control characters";
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** Sets older than this are refused: no app logs a set ten years late, but a wrong epoch or a sign slip does. */
    private static final Period OLDEST = Period.ofYears(10);

    private SetRules() {
    }

    public static List<Violation> check(SetCompleted set, Instant now) {
        List<Violation> violations = new ArrayList<>(identity(set.eventId(), set.athleteId()));
        required(violations, "exerciseId", set.exerciseId());
        required(violations, "completedAt", set.completedAt());
        required(violations, "timeZone", set.timeZone());
        if (set.reps() == null && set.durationSeconds() == null && set.distanceMeters() == null) {
            violations.add(new Violation("reps", Violation.SCHEMA, "one of reps, durationSeconds, distanceMeters is required"));
        }
        longest(violations, "source", set.source(), 200);
        range(violations, "reps", set.reps(), 0, 10_000);
        range(violations, "loadKg", set.loadKg(), 0, 1_000);
        range(violations, "durationSeconds", set.durationSeconds(), 0, 86_400);
        range(violations, "distanceMeters", set.distanceMeters(), 0, 1_000_000);
        range(violations, "rpe", set.rpe(), 1, 10);
        range(violations, "setNumber", set.setNumber(), 1, 100);
        inWindow(violations, "completedAt", set.completedAt(), now);
        if (set.timeZone() != null && set.timeZone().length() > 64) {
            violations.add(new Violation("timeZone", Violation.UNKNOWN_TIME_ZONE, "must be an IANA time zone name"));
        } else if (set.timeZone() != null && !knownZone(set.timeZone())) {
            violations.add(new Violation("timeZone", Violation.UNKNOWN_TIME_ZONE, "unknown time zone " + TextRules.quoted(set.timeZone())));
        }
        return violations;
    }

    public static List<Violation> check(SetVoided voided, Instant now) {
        List<Violation> violations = new ArrayList<>(identity(voided.eventId(), voided.athleteId()));
        required(violations, "voidedEventId", voided.voidedEventId());
        required(violations, "voidedAt", voided.voidedAt());
        if (voided.voidedEventId() != null && !validEventId(voided.voidedEventId())) {
            violations.add(new Violation("voidedEventId", Violation.SCHEMA, EVENT_ID_RULE));
        }
        inWindow(violations, "voidedAt", voided.voidedAt(), now);
        longest(violations, "source", voided.source(), 200);
        return violations;
    }

    public static ZoneId zone(String timeZone) {
        return ZoneId.of(timeZone);
    }

    private static List<Violation> identity(String eventId, String athleteId) {
        List<Violation> violations = new ArrayList<>();
        if (!validEventId(eventId)) {
            violations.add(new Violation("eventId", Violation.SCHEMA, EVENT_ID_RULE));
        }
        if (!AthleteIds.valid(athleteId)) {
            violations.add(new Violation("athleteId", Violation.SCHEMA, AthleteIds.RULE));
        }
        return violations;
    }

    private static boolean validEventId(String eventId) {
        return eventId != null && !eventId.isBlank() && eventId.length() <= 128 && TextRules.lineProblem(eventId) == null;
    }

    /** Not older than {@link #OLDEST}, not more than a day ahead: anything else is a clock or a unit gone wrong. */
    private static void inWindow(List<Violation> violations, String field, OffsetDateTime time, Instant now) {
        if (time == null) {
            return;
        }
        Instant instant = time.toInstant();
        if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
            violations.add(new Violation(field, Violation.IN_THE_FUTURE, "must not be more than a day in the future"));
        } else if (instant.isBefore(now.atOffset(ZoneOffset.UTC).minus(OLDEST).toInstant())) {
            violations.add(new Violation(field, Violation.OUT_OF_RANGE, "must not be more than 10 years in the past"));
        }
    }

    private static void longest(List<Violation> violations, String field, String text, int max) {
        if (text != null && text.length() > max) {
            violations.add(new Violation(field, Violation.OUT_OF_RANGE, "must be at most " + max + " characters"));
        }
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, Violation.SCHEMA, "is required"));
        }
    }

    private static void range(List<Violation> violations, String field, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
            violations.add(new Violation(field, Violation.OUT_OF_RANGE, "must be between " + fmt(min) + " and " + fmt(max)));
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static boolean knownZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
