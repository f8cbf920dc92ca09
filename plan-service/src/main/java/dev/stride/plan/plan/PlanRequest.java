package dev.stride.plan.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /plans}. {@code runningWeek} maps weekdays ({@code MONDAY}) to {@code REST},
 * {@code EASY}, {@code LONG} or {@code HARD}; a weekday left out is a rest day.
 * {@code sessionTime} is the local time the calendar shows sessions at (18:00 when absent).
 * Enumerations travel as text so that every bad value is reported, each under its own field.
 */
public record PlanRequest(
        String athleteId,
        LocalDate startDate,
        Integer weeks,
        Integer sessionsPerWeek,
        Map<String, String> runningWeek,
        String experience,
        List<String> focusAreas,
        List<String> equipment,
        Integer minutesPerSession,
        String timeZone,
        LocalTime sessionTime) {

    public LocalTime sessionTimeOrDefault() {
        return sessionTime == null ? LocalTime.of(18, 0) : sessionTime;
    }
}
