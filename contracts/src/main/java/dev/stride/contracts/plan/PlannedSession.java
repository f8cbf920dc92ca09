package dev.stride.contracts.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated strength session: {@code week} counts from 1, {@code date} is the athlete's local date. */
public record PlannedSession(
        UUID sessionId,
        int week,
        LocalDate date,
        boolean deload,
        List<PlannedExercise> exercises) {
}
