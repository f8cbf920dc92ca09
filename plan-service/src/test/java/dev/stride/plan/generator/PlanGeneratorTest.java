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
    private static final PlanSpec HIP_STABILITY_ON_A_MAT = Plans.HIP_STABILITY_ON_A_MAT;

    private final List<ScheduledSession> plan = PlanGenerator.generate(PLAN, HIP_STABILITY_ON_A_MAT, ArticleCatalog.ALL);

    @Test
    void wednesdayAndFridayEveryWeekForEightWeeks() {
        assertEquals(16, plan.size());
        assertEquals(LocalDate.of(2026, 3, 4), plan.get(0).date());
        assertEquals(LocalDate.of(2026, 3, 6), plan.get(1).date());
        assertEquals(LocalDate.of(2026, 4, 24), plan.get(15).date());
    }

    @Test
    void firstSessionSaysItIsTheFirstAndNamesTheRulesKept() {
        assertEquals("Rest day from running; tomorrow is an easy run. The plan's first strength session. " + SessionNotes.RULES_KEPT,
                plan.get(0).rationale());
        assertEquals("Rest day from running; tomorrow is an easy run. 48 h after the previous strength session (Wednesday 2026-03-04). "
                + SessionNotes.RULES_KEPT, plan.get(1).rationale());
    }

    @Test
    void thirtyMinutesAreFilledWithMoreSetsThenTheRestOfTheCatalog() {
        // Intermediate starts one step in: 11 of 10-12 reps per leg, 17 of 15-20 hops, 7 of 5-10 s. The core
        // (hop, deadlift, clamshell, heel walk, limb raises) takes a third set where it fits, then the rest follow.
        ScheduledSession first = plan.get(0);
        assertEquals(List.of("Forward Diagonal Hop", "Single Leg Deadlift", "Clamshell", "Backward Heel Walking",
                "Quadruped Limb Raises", "Lower Body Twists", "Figure-Four Glute Stretch", "Standing Glute Leg Circles",
                "Quadruped Trunk Rotation"), first.exercises().stream().map(Prescribed::name).toList());
        Prescribed deadlift = first.exercises().get(1);
        assertEquals(List.of(3, 11, true), List.of(deadlift.sets(), deadlift.reps(), deadlift.perSide()));
        assertEquals("Progression step 2: 11 reps per side of the article's 10–12, climbing towards 12."
                + " 3 sets (the article allows up to 3) to use the time given.", deadlift.why());
        assertEquals(26, first.estimatedMinutes()); // 124+348+318+162+132+147+70+180+44 = 1525 s, at least 80 % of 1800
        assertTrue(first.contents().endsWith("About 26 of the 30 min."));
    }

    @Test
    void progressesWeekOverWeekAndDeloadsEveryFourthWeek() {
        // Wednesday's deadlift: reps 11, 12, 12 with sets filled to 3; the deload cuts to 2; no weight, so no load.
        List<String> doses = plan.stream().filter(s -> s.date().getDayOfWeek().getValue() == 3)
                .map(s -> s.exercises().stream().filter(e -> e.name().equals("Single Leg Deadlift")).findFirst().orElseThrow())
                .map(e -> e.sets() + "x" + e.reps()).toList();
        assertEquals(List.of("3x11", "3x12", "3x12", "2x12", "3x12", "3x12", "3x12", "2x12"), doses);
        assertTrue(plan.stream().allMatch(s -> s.deload() == (s.week() % 4 == 0)));
    }

    @Test
    void everySessionFitsTheMinutesAndBalancesTheFourAreas() {
        for (ScheduledSession session : plan) {
            assertTrue(session.estimatedMinutes() <= 30 && (session.deload() || session.estimatedMinutes() >= 24), session.toString());
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
