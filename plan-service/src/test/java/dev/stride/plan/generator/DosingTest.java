package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import dev.stride.contracts.exercise.Equipment;
import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;

class DosingTest {
    private static final Set<Equipment> NONE = Set.of();

    @Test
    void singleLegDeadliftClimbsRepsThenSetsThenLoad() {
        // Catalog: 2-3 sets of 10-12 reps per leg.
        var e = ArticleCatalog.SINGLE_LEG_DEADLIFT;
        assertDose(2, 10, Dosing.dose(e, 0, NONE));
        assertDose(2, 11, Dosing.dose(e, 1, NONE));
        assertDose(2, 12, Dosing.dose(e, 2, NONE));
        assertDose(3, 12, Dosing.dose(e, 3, NONE));
        assertNull(Dosing.dose(e, 4, NONE).loadKg());
        assertEquals(2.0, Dosing.dose(e, 4, Set.of(Equipment.MEDICINE_BALL)).loadKg());
        assertEquals(6.0, Dosing.dose(e, 6, Set.of(Equipment.DUMBBELL)).loadKg());
        assertEquals(true, Dosing.dose(e, 0, NONE).perSide());
    }

    @Test
    void limbRaiseHoldsGrowThenSetsThenLongerHolds() {
        // Catalog: 2-3 sets, 5-10 s per side; 2 s a step.
        var e = ArticleCatalog.QUADRUPED_LIMB_RAISE;
        int[] holds = {5, 7, 9, 10, 10, 15, 20};
        int[] sets = {2, 2, 2, 2, 3, 3, 3};
        for (int step = 0; step < holds.length; step++) {
            Prescribed dose = Dosing.dose(e, step, NONE);
            assertEquals(holds[step], dose.holdSeconds(), "step " + step);
            assertEquals(sets[step], dose.sets(), "step " + step);
        }
        assertEquals(20, Dosing.dose(e, 40, NONE).holdSeconds(), "at most twice the catalog's top");
    }

    @Test
    void hopsClimbTwoAtATime() {
        var e = ArticleCatalog.DIAGONAL_HOP; // 15-20 hops
        assertEquals(15, Dosing.dose(e, 0, NONE).reps());
        assertEquals(17, Dosing.dose(e, 1, NONE).reps());
        assertEquals(20, Dosing.dose(e, 3, NONE).reps());
        assertNull(Dosing.dose(e, 9, Set.of(Equipment.DUMBBELL)).loadKg(), "no load on plyometrics");
    }

    @Test
    void deloadCutsSetsByAboutFortyPercent() {
        var e = ArticleCatalog.SINGLE_LEG_DEADLIFT;
        assertDose(2, 12, Dosing.deload(Dosing.dose(e, 3, NONE))); // 3 sets -> 2
        assertDose(1, 11, Dosing.deload(Dosing.dose(e, 1, NONE))); // 2 sets -> 1
        assertEquals("Deload (every 4th week): 2 sets instead of 3, the same reps, so the body absorbs the three weeks before.",
                Dosing.deload(Dosing.dose(e, 3, NONE)).why());
    }

    @Test
    void sessionTimeCountsSidesTempoAndRest() {
        // 30 s set-up + 2 sets x 2 legs x 10 reps x 3 s + 1 rest of 60 s = 210 s.
        assertEquals(210, SessionTime.seconds(Dosing.dose(ArticleCatalog.SINGLE_LEG_DEADLIFT, 0, NONE)));
        // 30 s + 2 x 15 hops x 1 s + 60 s = 120 s.
        assertEquals(120, SessionTime.seconds(Dosing.dose(ArticleCatalog.DIAGONAL_HOP, 0, NONE)));
        // 30 s + 2 x 20 m at 1 m/s + 30 s = 100 s; together 430 s -> 8 min.
        assertEquals(100, SessionTime.seconds(Dosing.dose(ArticleCatalog.BACKWARD_HEEL_WALK, 0, NONE)));
        assertEquals(8, SessionTime.minutes(java.util.List.of(Dosing.dose(ArticleCatalog.SINGLE_LEG_DEADLIFT, 0, NONE),
                Dosing.dose(ArticleCatalog.DIAGONAL_HOP, 0, NONE), Dosing.dose(ArticleCatalog.BACKWARD_HEEL_WALK, 0, NONE))));
    }

    @Test
    void everyDoseSaysWhereItStandsInTheArticlesRange() {
        var e = ArticleCatalog.SINGLE_LEG_DEADLIFT;
        assertEquals("Progression step 2: 11 reps per side of the article's 10–12, climbing towards 12.", Dosing.dose(e, 1, NONE).why());
        assertEquals("Progression step 4: the top of the article's 10–12 reps per side; 3 of its 2–3 sets.", Dosing.dose(e, 3, NONE).why());
        assertEquals("Progression step 6: the top of the article's 10–12 reps per side and sets reached: 4.0 kg added.",
                Dosing.dose(e, 5, Set.of(Equipment.DUMBBELL)).why());
        assertEquals("Progression step 6: the top of the article's 5–10 s hold per side and sets reached: holds 15 s, 5 s longer a step.",
                Dosing.dose(ArticleCatalog.QUADRUPED_LIMB_RAISE, 5, NONE).why());
    }

    private static void assertDose(int sets, int reps, Prescribed dose) {
        assertEquals(sets, dose.sets(), "sets");
        assertEquals(reps, dose.reps(), "reps");
    }
}
