package dev.stride.plan.generator;

import static dev.stride.plan.generator.RunDay.EASY;
import static dev.stride.plan.generator.RunDay.HARD;
import static dev.stride.plan.generator.RunDay.LONG;
import static dev.stride.plan.generator.RunDay.REST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.Equipment;
import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;

/** Four athletes, their weeks checked by hand against the article's doses (times from {@link SessionTime}). */
class CoachedProfilesTest {
    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-000000000015");

    @Test
    void beginnerWithThirtyMinutesGetsEverySuitableExerciseAndIsToldTheCatalogIsTooSmall() {
        // Monday easy, Tuesday hard, Thursday easy, Saturday long: Monday and Friday are out; Wednesday and Sunday.
        var plan = generate(Experience.BEGINNER, List.of("GLUTES"), Set.of(Equipment.MAT), 30, 2, Plans.week(EASY, HARD, REST, EASY, REST, LONG, REST));
        ScheduledSession first = plan.get(0);
        assertEquals(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), List.of(first.date().getDayOfWeek(), plan.get(1).date().getDayOfWeek()));
        // All six beginner exercises on a mat, every set the article allows:
        // 300 + 150 + 120 + 70 + 180 + 65 = 885 s, 15 min.
        assertEquals(List.of("Clamshell 3x10", "Backward Heel Walking 3x20", "Quadruped Limb Raises 3x5", "Figure-Four Glute Stretch 2x10",
                "Standing Glute Leg Circles 2x10", "Quadruped Trunk Rotation 2x5"), doses(first));
        assertEquals(15, first.estimatedMinutes());
        assertTrue(first.contents().contains("too few exercises for this level and equipment to fill more than 15 of the 30 min"), first.contents());
        assertTrue(first.rationale().contains("The plan's first strength session."), first.rationale());
        assertTrue(plan.get(1).rationale().contains("96 h after the previous strength session (Wednesday 2026-03-04)"));
        // Week 5 after the deload: clamshell at the top of 10-12, holds at 10 s.
        assertEquals(List.of("Clamshell 3x12", "Backward Heel Walking 3x30", "Quadruped Limb Raises 3x10", "Figure-Four Glute Stretch 2x20",
                "Standing Glute Leg Circles 2x10", "Quadruped Trunk Rotation 2x10"), doses(plan.get(8)));
    }

    @Test
    void intermediateWithADumbbellAddsLoadOnceRepsAndSetsAreAtTheTop() {
        var plan = generate(Experience.INTERMEDIATE, List.of(), Set.of(Equipment.MAT, Equipment.DUMBBELL), 45, 2, Plans.TYPICAL_WEEK);
        Prescribed deadlift = exercise(plan.get(8), "Single Leg Deadlift"); // week 5: step 5, two steps past 3x12
        assertEquals(List.of(3, 12, 2.0), List.of(deadlift.sets(), deadlift.reps(), deadlift.loadKg()));
        assertEquals("Progression step 5: the top of the article's 10–12 reps per side and sets reached: 2.0 kg added.", deadlift.why());
        // All nine exercises at the article's top sets: 32 of 45 min, and the session says why not more.
        assertEquals(9, plan.get(8).exercises().size());
        assertEquals(32, plan.get(8).estimatedMinutes());
        assertTrue(plan.get(8).contents().contains("to fill more than 32 of the 45 min"));
    }

    @Test
    void advancedThreeTimesAWeekDeloadsEveryFourthWeekFromWhatItDid() {
        var plan = generate(Experience.ADVANCED, List.of("POWER"), Set.of(Equipment.MAT, Equipment.MEDICINE_BALL), 60, 3, Plans.TYPICAL_WEEK);
        assertEquals(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                plan.subList(0, 3).stream().map(s -> s.date().getDayOfWeek()).toList());
        assertEquals("Forward Diagonal Hop 3x19", doses(plan.get(0)).get(0), "plyometrics first, advanced starts at step 3");
        Prescribed week3 = exercise(plan.get(6), "Lower Body Twists");
        Prescribed deload = exercise(plan.get(9), "Lower Body Twists");
        assertEquals(List.of(3, 15), List.of(week3.sets(), week3.reps()));
        assertEquals(List.of(2, 15), List.of(deload.sets(), deload.reps()), "40 % fewer sets, the same reps");
        assertEquals("Deload (every 4th week): 2 sets instead of 3, the same reps, so the body absorbs the three weeks before.", deload.why());
        assertEquals(24, plan.get(9).estimatedMinutes());
        assertTrue(plan.get(9).contents().contains("Deload week: about 40 % fewer sets"));
    }

    @Test
    void raceWeekendOnTwentyMinutesFillsTheTimeAndVariesTheWeek() {
        // Hard Tuesday, race Saturday: no strength Monday or Friday; Wednesday and Sunday, the day after the race.
        var plan = generate(Experience.INTERMEDIATE, List.of("ANKLE_STRENGTH"), Set.of(Equipment.MAT), 20, 2, Plans.week(EASY, HARD, REST, EASY, REST, HARD, EASY));
        assertEquals(LocalDate.of(2026, 3, 8), plan.get(1).date());
        assertEquals(List.of("Forward Diagonal Hop 2x17", "Single Leg Deadlift 2x11", "Clamshell 2x11", "Backward Heel Walking 3x24",
                "Quadruped Limb Raises 3x7", "Lower Body Twists 2x12"), doses(plan.get(0)));
        assertEquals(17, plan.get(0).estimatedMinutes()); // 124 + 222 + 207 + 162 + 132 + 147 = 994 s, 80 % of 20 min is 960 s
        assertEquals(20, plan.get(1).estimatedMinutes());
        assertNotEquals(names(plan.get(0)), names(plan.get(1)), "Sunday takes the mobility work Wednesday left out");
        assertTrue(plan.get(1).exercises().stream().anyMatch(e -> e.name().equals("Figure-Four Glute Stretch")));
        assertTrue(plan.get(0).contents().endsWith("About 17 of the 20 min."));
        // Block 2 rotates: Sunday leaves the deadlift to Wednesday, where it resumes at step 5 (1 + four weeks, deload aside).
        assertTrue(names(plan.get(1)).contains("Single Leg Deadlift"));
        assertFalse(names(plan.get(9)).contains("Single Leg Deadlift"));
        assertEquals(4, exercise(plan.get(8), "Single Leg Deadlift").step());
    }

    static List<ScheduledSession> generate(Experience level, List<String> focus, Set<Equipment> equipment, int minutes, int sessions,
            Map<DayOfWeek, RunDay> week) {
        return PlanGenerator.generate(PLAN, new PlanSpec(LocalDate.of(2026, 3, 2), 8, sessions, week, level,
                focus.stream().map(f -> Focus.parse(f).orElseThrow()).toList(), equipment, minutes), ArticleCatalog.ALL);
    }

    private static List<String> doses(ScheduledSession s) {
        return s.exercises().stream().map(e -> e.name() + " " + e.sets() + "x"
                + (e.reps() != null ? e.reps() : e.holdSeconds() != null ? e.holdSeconds() : e.distanceMeters())).toList();
    }

    private static Set<String> names(ScheduledSession s) {
        return Set.copyOf(s.exercises().stream().map(Prescribed::name).toList());
    }

    private static Prescribed exercise(ScheduledSession s, String name) {
        return s.exercises().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
