package dev.stride.plan.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated strength session of a plan: {@code week} counts from 1, {@code date} is the athlete's local date. */
public record ScheduledSession(
        UUID sessionId,
        int week,
        LocalDate date,
        boolean deload,
        String rationale,
        int estimatedMinutes,
        List<Prescribed> exercises) {

    public ScheduledSession withExercises(List<Prescribed> replaced) {
        return new ScheduledSession(sessionId, week, date, deload, rationale, SessionTime.minutes(replaced), List.copyOf(replaced));
    }
}
