package dev.stride.plan.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stride.contracts.exercise.Equipment;

/** Plan requests of the unit tests. */
final class Plans {
    /** Long run Sunday, intervals Tuesday, easy runs Monday, Thursday and Saturday. */
    static final Map<DayOfWeek, RunDay> TYPICAL_WEEK = week(RunDay.EASY, RunDay.HARD, RunDay.REST, RunDay.EASY, RunDay.REST,
            RunDay.EASY, RunDay.LONG);

    /** Intermediate, hip stability, a mat, 30 minutes, two sessions a week for eight weeks from Monday 2 March 2026. */
    static final PlanSpec HIP_STABILITY_ON_A_MAT = spec(8, Experience.INTERMEDIATE, List.of("HIP_STABILITY"), Set.of(Equipment.MAT), 30);

    private Plans() {
    }

    static Map<DayOfWeek, RunDay> week(RunDay... mondayToSunday) {
        Map<DayOfWeek, RunDay> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            week.put(DayOfWeek.of(i + 1), mondayToSunday[i]);
        }
        return week;
    }

    static PlanSpec spec(int sessions, Map<DayOfWeek, RunDay> week) {
        return new PlanSpec(LocalDate.of(2026, 3, 2), 8, sessions, week, Experience.INTERMEDIATE,
                List.of(Focus.parse("HIP_STABILITY").orElseThrow()), Set.of(Equipment.MAT), 30);
    }

    static PlanSpec spec(int weeks, Experience experience, List<String> focus, Set<Equipment> equipment, int minutes) {
        return new PlanSpec(LocalDate.of(2026, 3, 2), weeks, 2, TYPICAL_WEEK, experience,
                focus.stream().map(f -> Focus.parse(f).orElseThrow()).toList(), equipment, minutes);
    }
}
