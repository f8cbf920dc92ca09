package dev.stride.plan.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stride.contracts.exercise.Equipment;

/** A validated plan request: everything the generator needs besides the catalog. */
public record PlanSpec(
        LocalDate startDate,
        int weeks,
        int sessionsPerWeek,
        Map<DayOfWeek, RunDay> runningWeek,
        Experience experience,
        List<Focus> focusAreas,
        Set<Equipment> equipment,
        int minutesPerSession) {

    public RunDay runOn(DayOfWeek day) {
        return runningWeek.getOrDefault(day, RunDay.REST);
    }
}
