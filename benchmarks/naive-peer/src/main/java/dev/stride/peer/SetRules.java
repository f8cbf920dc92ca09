package dev.stride.peer;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;

/** The checks of progress-service's set rules that decide what counts: what fails one is not a set. */
final class SetRules {
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private SetRules() {
    }

    static Optional<String> whyRefused(SetCompleted set, Instant now) {
        if (set.eventId() == null || set.athleteId() == null || set.completedAt() == null || set.timeZone() == null) {
            return Optional.of("eventId, athleteId, completedAt and timeZone are required");
        }
        if (outside(set.reps(), 10_000) || outside(set.loadKg(), 1_000) || outside(set.durationSeconds(), 86_400)
                || outside(set.distanceMeters(), 1_000_000)) {
            return Optional.of("reps, loadKg, durationSeconds or distanceMeters out of range");
        }
        if (set.completedAt().toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
            return Optional.of("completedAt more than a day in the future");
        }
        return knownZone(set.timeZone()) ? Optional.empty() : Optional.of("unknown time zone " + set.timeZone());
    }

    static Optional<String> whyRefused(SetVoided voided) {
        return voided.eventId() == null || voided.athleteId() == null || voided.voidedEventId() == null
                ? Optional.of("eventId, athleteId and voidedEventId are required") : Optional.empty();
    }

    private static boolean outside(Number value, double max) {
        return value != null && (value.doubleValue() < 0 || value.doubleValue() > max);
    }

    private static boolean knownZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}
