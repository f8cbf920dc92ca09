package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {
    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final PlanSpec HIP_STABILITY_ON_A_MAT = Plans.spec(8, Experience.INTERMEDIATE, List.of("HIP_STABILITY"), Set.of(Equipment.MAT), 30);

    private final List<ScheduledSession> plan = PlanGenerator.generate(PLAN, HIP_STABILITY_ON_A_MAT, ArticleCatalog.ALL);

    @Test
    void wednesdayAndFridayEveryWeekForEightWeeks() {
        assertEquals(16, plan.size());
        assertEquals(LocalDate.of(2026, 3, 4), plan.get(0).date());
        assertEquals(LocalDate.of(2026, 3, 6), plan.get(1).date());
        assertEquals(LocalDate.of(2026, 4, 24), plan.get(15).date());
    }

    @Test
    void firstSessionPlyometricsFirstThenStrengthBalanceCore() {
        // Limb raises cover hips, posterior chain and core at once; heel walking the feet; then the
        // time left (60 % of 30 min) is filled: deadlift and clamshell for hip stability, hops, twists.
        ScheduledSession first = plan.get(0);
        assertEquals(List.of("Forward Diagonal Hop", "Single Leg Deadlift", "Clamshell", "Backward Heel Walking",
                "Quadruped Limb Raises", "Lower Body Twists"), first.exercises().stream().map(Prescribed::name).toList());
        // Intermediate starts one step in: 11 of 10-12 reps per leg, 17 of 15-20 hops, 7 of 5-10 s.
        Prescribed deadlift = first.exercises().get(1);
        assertEquals(List.of(2, 11, true), List.of(deadlift.sets(), deadlift.reps(), deadlift.perSide()));
        assertEquals(17, first.exercises().get(0).reps());
        assertEquals(7, first.exercises().get(4).holdSeconds());
        assertEquals(15, first.estimatedMinutes()); // 124+222+207+108+88+147 = 896 s
    }

    @Test
    void fridayVariesTheWeekWithExercisesNotUsedOnWednesday() {
        assertEquals(Set.of("Single Leg Deadlift", "Clamshell", "Backward Heel Walking", "Quadruped Limb Raises",
                "Figure-Four Glute Stretch", "Standing Glute Leg Circles"),
                Set.copyOf(plan.get(1).exercises().stream().map(Prescribed::name).toList()));
    }

    @Test
    void progressesWeekOverWeekAndDeloadsEveryFourthWeek() {
        // Wednesday's deadlift: 2x11, 2x12, 3x12, deload 2x12, 3x12 ...
        List<String> doses = plan.stream().filter(s -> s.date().getDayOfWeek().getValue() == 3)
                .map(s -> s.exercises().stream().filter(e -> e.name().equals("Single Leg Deadlift")).findFirst().orElseThrow())
                .map(e -> e.sets() + "x" + e.reps()).toList();
        assertEquals(List.of("2x11", "2x12", "3x12", "2x12", "3x12", "3x12", "3x12", "2x12"), doses);
        assertTrue(plan.stream().allMatch(s -> s.deload() == (s.week() % 4 == 0)));
    }

    @Test
    void everySessionFitsTheMinutesAndBalancesTheFourAreas() {
        for (ScheduledSession session : plan) {
            assertTrue(session.estimatedMinutes() <= 30, session.toString());
            Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
            session.exercises().forEach(e -> areas.addAll(BodyArea.trainedBy(muscles(e.exerciseId()))));
            assertEquals(EnumSet.allOf(BodyArea.class), areas, session.date().toString());
        }
    }

    @Test
    void usesOnlyTheEquipmentAndLevelGiven() {
        assertTrue(plan.stream().flatMap(s -> s.exercises().stream())
                .noneMatch(e -> e.exerciseId().equals(ArticleCatalog.WEIGHTED_SINGLE_LEG_DEADLIFT.id())));
        var beginner = PlanGenerator.generate(PLAN, Plans.spec(2, Experience.BEGINNER, List.of(), Set.of(Equipment.MAT), 20), ArticleCatalog.ALL);
        assertTrue(beginner.stream().flatMap(s -> s.exercises().stream())
                .noneMatch(e -> e.name().equals("Single Leg Deadlift") || e.name().equals("Lower Body Twists")));
    }

    @Test
    void isDeterministic() {
        assertEquals(plan, PlanGenerator.generate(PLAN, HIP_STABILITY_ON_A_MAT, reversed(ArticleCatalog.ALL)));
    }

    @Test
    void refusesSessionsShorterThanTheFourAreasNeed() {
        PlanSpec twoMinutes = Plans.spec(4, Experience.INTERMEDIATE, List.of(), Set.of(Equipment.MAT), 2);
        assertEquals("session-fits-minutes",
                assertThrows(PlanRuleBroken.class, () -> PlanGenerator.generate(PLAN, twoMinutes, ArticleCatalog.ALL)).rule());
    }

    @Test
    void refusesWhenNoExerciseTrainsFeetAndAnkles() {
        List<ExercisePublished> noFeet = ArticleCatalog.ALL.stream()
                .filter(e -> e != ArticleCatalog.DIAGONAL_HOP && e != ArticleCatalog.BACKWARD_HEEL_WALK).toList();
        assertEquals("weekly-balance",
                assertThrows(PlanRuleBroken.class, () -> PlanGenerator.generate(PLAN, HIP_STABILITY_ON_A_MAT, noFeet)).rule());
    }

    private static List<ExercisePublished> reversed(List<ExercisePublished> catalog) {
        List<ExercisePublished> copy = new java.util.ArrayList<>(catalog);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<dev.stride.contracts.exercise.Muscle> muscles(UUID id) {
        return ArticleCatalog.ALL.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().primaryMuscles();
    }
}
