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
        assertDose(2, 10, Dosing.dose(e, 0, false, NONE));
        assertDose(2, 11, Dosing.dose(e, 1, false, NONE));
        assertDose(2, 12, Dosing.dose(e, 2, false, NONE));
        assertDose(3, 12, Dosing.dose(e, 3, false, NONE));
        assertNull(Dosing.dose(e, 4, false, NONE).loadKg());
        assertEquals(2.0, Dosing.dose(e, 4, false, Set.of(Equipment.MEDICINE_BALL)).loadKg());
        assertEquals(6.0, Dosing.dose(e, 6, false, Set.of(Equipment.DUMBBELL)).loadKg());
        assertEquals(true, Dosing.dose(e, 0, false, NONE).perSide());
    }

    @Test
    void limbRaiseHoldsGrowThenSetsThenLongerHolds() {
        // Catalog: 2-3 sets, 5-10 s per side; 2 s a step.
        var e = ArticleCatalog.QUADRUPED_LIMB_RAISE;
        int[] holds = {5, 7, 9, 10, 10, 15, 20};
        int[] sets = {2, 2, 2, 2, 3, 3, 3};
        for (int step = 0; step < holds.length; step++) {
            Prescribed dose = Dosing.dose(e, step, false, NONE);
            assertEquals(holds[step], dose.holdSeconds(), "step " + step);
            assertEquals(sets[step], dose.sets(), "step " + step);
        }
        assertEquals(20, Dosing.dose(e, 40, false, NONE).holdSeconds(), "at most twice the catalog's top");
    }

    @Test
    void hopsClimbTwoAtATime() {
        var e = ArticleCatalog.DIAGONAL_HOP; // 15-20 hops
        assertEquals(15, Dosing.dose(e, 0, false, NONE).reps());
        assertEquals(17, Dosing.dose(e, 1, false, NONE).reps());
        assertEquals(20, Dosing.dose(e, 3, false, NONE).reps());
        assertNull(Dosing.dose(e, 9, false, Set.of(Equipment.DUMBBELL)).loadKg(), "no load on plyometrics");
    }

    @Test
    void deloadCutsSetsByAboutFortyPercent() {
        var e = ArticleCatalog.SINGLE_LEG_DEADLIFT;
        assertDose(2, 12, Dosing.dose(e, 3, true, NONE)); // 3 sets -> 2
        assertDose(1, 11, Dosing.dose(e, 1, true, NONE)); // 2 sets -> 1
    }

    @Test
    void sessionTimeCountsSidesTempoAndRest() {
        // 30 s set-up + 2 sets x 2 legs x 10 reps x 3 s + 1 rest of 60 s = 210 s.
        assertEquals(210, SessionTime.seconds(Dosing.dose(ArticleCatalog.SINGLE_LEG_DEADLIFT, 0, false, NONE)));
        // 30 s + 2 x 15 hops x 1 s + 60 s = 120 s.
        assertEquals(120, SessionTime.seconds(Dosing.dose(ArticleCatalog.DIAGONAL_HOP, 0, false, NONE)));
        // 30 s + 2 x 20 m at 1 m/s + 30 s = 100 s; together 430 s -> 8 min.
        assertEquals(100, SessionTime.seconds(Dosing.dose(ArticleCatalog.BACKWARD_HEEL_WALK, 0, false, NONE)));
        assertEquals(8, SessionTime.minutes(java.util.List.of(Dosing.dose(ArticleCatalog.SINGLE_LEG_DEADLIFT, 0, false, NONE),
                Dosing.dose(ArticleCatalog.DIAGONAL_HOP, 0, false, NONE), Dosing.dose(ArticleCatalog.BACKWARD_HEEL_WALK, 0, false, NONE))));
    }

    private static void assertDose(int sets, int reps, Prescribed dose) {
        assertEquals(sets, dose.sets(), "sets");
        assertEquals(reps, dose.reps(), "reps");
    }
}
