package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Prescription;
import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;

class SubstitutionTest {
    private static final PlanSpec SPEC = Plans.HIP_STABILITY_ON_A_MAT;
    private static final LocalDate TUESDAY_OF_WEEK_2 = LocalDate.of(2026, 3, 10);
    private final List<ScheduledSession> plan = PlanGenerator.generate(UUID.randomUUID(), SPEC, ArticleCatalog.ALL);

    @Test
    void limbRaisesCountedInRepsLeaveFutureSessionsWhichSayWhyAndFillTheTime() {
        ExercisePublished counted = repsInsteadOfHolds(ArticleCatalog.QUADRUPED_LIMB_RAISE);
        List<ExercisePublished> catalog = replace(ArticleCatalog.ALL, counted);

        List<ScheduledSession> revised = Substitution.revise(plan, TUESDAY_OF_WEEK_2,
                Map.of(counted.id(), counted), catalog, SPEC).orElseThrow();

        assertEquals(plan.subList(0, 2), revised.subList(0, 2), "week 1 is in the past");
        assertTrue(revised.subList(2, 16).stream().flatMap(s -> s.exercises().stream())
                .noneMatch(e -> e.exerciseId().equals(counted.id())));
        // Twists and trunk rotation, the other core-stability exercises, are in every session already.
        assertEquals(List.of("Quadruped Limb Raises is now measured in REPS: nothing else of its kind fits the intermediate level"
                + " and equipment [MAT]; its time goes to the rest of the session."), revised.get(2).changes());
        // Without the raises' 144 s, the session fills again: the exercises covering its areas first, so the hops take a third set.
        assertEquals(3, named(revised.get(2), "Forward Diagonal Hop").sets());
        assertTrue(revised.get(2).estimatedMinutes() >= 24 && revised.get(2).estimatedMinutes() <= 30);
        assertEquals(named(plan.get(2), "Lower Body Twists").step(), named(revised.get(2), "Lower Body Twists").step(), "the progression goes on");
    }

    @Test
    void aRetiredClamshellInAShortSessionLeavesItsTimeToTheRestOfTheCatalog() {
        var spec = Plans.spec(8, Experience.INTERMEDIATE, List.of("ANKLE_STRENGTH"), Set.of(Equipment.MAT), 20);
        var race = PlanGenerator.generate(UUID.randomUUID(), spec, ArticleCatalog.ALL);
        ExercisePublished retired = ArticleCatalog.changed(ArticleCatalog.CLAMSHELL, 2, ExerciseStatus.RETIRED);
        List<ScheduledSession> revised = Substitution.revise(race, TUESDAY_OF_WEEK_2, Map.of(retired.id(), retired),
                replace(ArticleCatalog.ALL, retired), spec).orElseThrow();
        ScheduledSession wednesday = revised.get(2);
        assertTrue(wednesday.changes().get(0).startsWith("Clamshell left the catalog (retired): nothing else of its kind fits"));
        assertEquals(3, named(wednesday, "Forward Diagonal Hop").sets(), "the freed time goes to a third set of hops");
        assertTrue(wednesday.estimatedMinutes() >= 16 && wednesday.estimatedMinutes() <= 20, wednesday.toString());
        assertTrue(wednesday.contents().startsWith("Trains hips and glutes, posterior chain, core and feet and ankles"));
    }

    @Test
    void anExerciseThatNowNeedsEquipmentTheAthleteLacksNoLongerFits() {
        Prescribed planned = Dosing.dose(ArticleCatalog.SINGLE_LEG_DEADLIFT, 0, Set.of());
        ExercisePublished v2 = ArticleCatalog.changed(ArticleCatalog.SINGLE_LEG_DEADLIFT, 2, ExerciseStatus.ACTIVE);
        ExercisePublished withBall = new ExercisePublished(v2.id(), 2, v2.slug(), v2.name(), v2.aliases(), v2.summary(),
                v2.instructions(), v2.cues(), v2.safetyNotes(), v2.primaryMuscles(), v2.secondaryMuscles(), v2.category(),
                List.of(Equipment.MEDICINE_BALL), v2.laterality(), v2.measurement(), v2.prescription(), v2.difficulty(),
                v2.progressions(), v2.regressions(), v2.runnerBenefits(), v2.notes(), v2.status(), v2.createdAt(), v2.updatedAt());
        assertTrue(Substitution.noLongerFits(planned, withBall, SPEC), "only a mat is available");
        assertTrue(!Substitution.noLongerFits(planned, v2, SPEC), "a new version that still fits keeps its place");
    }

    @Test
    void aNewExerciseOrAHarmlessChangeLeavesThePlanAlone() {
        ExercisePublished fresh = ArticleCatalog.copy(ArticleCatalog.CLAMSHELL, UUID.randomUUID(), "clamshell-copy");
        ExercisePublished sameAgain = ArticleCatalog.changed(ArticleCatalog.CLAMSHELL, 2, ExerciseStatus.ACTIVE);
        assertTrue(Substitution.revise(plan, TUESDAY_OF_WEEK_2, Map.of(fresh.id(), fresh, sameAgain.id(), sameAgain),
                ArticleCatalog.ALL, SPEC).isEmpty());
    }

    @Test
    void retiredExerciseGetsTheSubstituteSharingTheMostPrimaryMuscles() {
        ExercisePublished retired = ArticleCatalog.changed(ArticleCatalog.CLAMSHELL, 2, ExerciseStatus.RETIRED);
        ExercisePublished sameMuscles = ArticleCatalog.copy(ArticleCatalog.CLAMSHELL, UUID.randomUUID(), "side-lying-clamshell");
        List<ExercisePublished> candidates = List.of(ArticleCatalog.SINGLE_LEG_DEADLIFT, sameMuscles, ArticleCatalog.GLUTE_LEG_CIRCLES);
        assertEquals(sameMuscles, Substitution.best(retired, candidates, Set.of()).orElseThrow());
        assertEquals(ArticleCatalog.SINGLE_LEG_DEADLIFT, Substitution.best(retired, candidates, Set.of(sameMuscles.id())).orElseThrow());
        assertTrue(Substitution.best(retired, List.of(ArticleCatalog.GLUTE_LEG_CIRCLES), Set.of()).isEmpty(), "mobility is another category");
    }

    private static Prescribed named(ScheduledSession s, String name) {
        return s.exercises().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static ExercisePublished repsInsteadOfHolds(ExercisePublished e) {
        ExercisePublished v2 = ArticleCatalog.changed(e, 2, ExerciseStatus.ACTIVE);
        return new ExercisePublished(v2.id(), 2, v2.slug(), v2.name(), v2.aliases(), v2.summary(), v2.instructions(), v2.cues(),
                v2.safetyNotes(), v2.primaryMuscles(), v2.secondaryMuscles(), v2.category(), v2.equipment(), v2.laterality(),
                Measurement.REPS, new Prescription(2, 3, 8, 10, null, null, null, null, true, 30), v2.difficulty(),
                v2.progressions(), v2.regressions(), v2.runnerBenefits(), v2.notes(), v2.status(), v2.createdAt(), v2.updatedAt());
    }

    private static List<ExercisePublished> replace(List<ExercisePublished> catalog, ExercisePublished changed) {
        return catalog.stream().map(e -> e.id().equals(changed.id()) ? changed : e).toList();
    }
}
