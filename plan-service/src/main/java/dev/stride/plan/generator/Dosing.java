package dev.stride.plan.generator;

import java.util.List;
import java.util.Set;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Prescription;

/**
 * The dose of an exercise at a progression step: first the reps (or hold, or distance) climb to
 * the top of the catalog's range in about three steps, then one set is added per step up to the
 * range's top, then holds grow by 5 s (up to twice the range's top) or 2 kg of load is added (up
 * to 20 kg) where the athlete has a weight. A deload cuts the sets of the week's dose by about 40 %.
 */
public final class Dosing {
    private static final Set<Equipment> WEIGHTS = Set.of(Equipment.DUMBBELL, Equipment.KETTLEBELL, Equipment.MEDICINE_BALL);

    private Dosing() {
    }

    public static Prescribed dose(ExercisePublished exercise, int step, Set<Equipment> available) {
        Prescription p = exercise.prescription();
        int[] range = range(exercise);
        int increment = Math.max(1, (range[1] - range[0] + 2) / 3);
        int stepsToTop = (range[1] - range[0] + increment - 1) / increment;
        int amount = Math.min(range[1], range[0] + increment * step);
        int beyondReps = Math.max(0, step - stepsToTop);
        int sets = Math.min(p.setsMax(), p.setsMin() + beyondReps);
        int beyondSets = Math.max(0, beyondReps - (p.setsMax() - p.setsMin()));
        Double loadKg = null;
        if (beyondSets > 0 && isHeld(exercise.measurement())) {
            amount = Math.min(2 * range[1], range[1] + 5 * beyondSets);
        } else if (beyondSets > 0 && canAddLoad(exercise, available)) {
            loadKg = Math.min(20.0, 2.0 * beyondSets);
        }
        return prescribed(exercise, step, sets, amount, loadKg, DoseNotes.progression(exercise, step, sets, amount, loadKg));
    }

    /** {@code p} in a deload week: about 40 % fewer sets, the same reps, holds, distance and load. */
    public static Prescribed deload(Prescribed p) {
        int sets = Math.max(1, Math.round(p.sets() * 0.6f));
        return p.withSets(sets, DoseNotes.deload(p, sets));
    }

    /** The most sets the catalog's range allows; a session short of its minutes may add sets up to it. */
    public static int maxSets(ExercisePublished exercise) {
        return exercise.prescription().setsMax();
    }

    /** Whether the catalog gives a usable range for the exercise's measurement. */
    public static boolean isDosable(ExercisePublished exercise) {
        Prescription p = exercise.prescription();
        if (p == null || exercise.measurement() == null || p.setsMin() < 1 || p.setsMax() < p.setsMin()) {
            return false;
        }
        Integer low = low(exercise.measurement(), p);
        Integer high = high(exercise.measurement(), p);
        return low != null && high != null && low >= 1 && high >= low;
    }

    static boolean perSide(ExercisePublished exercise) {
        return exercise.prescription().perSide() || exercise.laterality() == Laterality.UNILATERAL;
    }

    private static Prescribed prescribed(ExercisePublished e, int step, int sets, int amount, Double loadKg, String why) {
        Measurement m = e.measurement();
        boolean reps = m == Measurement.REPS || m == Measurement.REPS_WITH_LOAD;
        return new Prescribed(e.id(), e.name(), e.version(), e.category(), m, step, sets,
                reps ? amount : null, isHeld(m) ? amount : null, m == Measurement.DISTANCE_METERS ? amount : null,
                loadKg, perSide(e), e.prescription().restSeconds(), e.cues() == null ? List.of() : e.cues(), why, List.of());
    }

    private static boolean canAddLoad(ExercisePublished e, Set<Equipment> available) {
        boolean repsBased = e.measurement() == Measurement.REPS || e.measurement() == Measurement.REPS_WITH_LOAD;
        boolean freeHands = e.equipment() == null || e.equipment().stream().allMatch(WEIGHTS::contains);
        return repsBased && e.category() == Category.STRENGTH && freeHands && available.stream().anyMatch(WEIGHTS::contains);
    }

    static boolean isHeld(Measurement m) {
        return m == Measurement.HOLD_SECONDS || m == Measurement.DURATION_SECONDS;
    }

    static int[] range(ExercisePublished e) {
        return new int[] {low(e.measurement(), e.prescription()), high(e.measurement(), e.prescription())};
    }

    private static Integer low(Measurement m, Prescription p) {
        return isHeld(m) ? p.holdSecondsMin() : m == Measurement.DISTANCE_METERS ? p.distanceMetersMin() : p.repsMin();
    }

    private static Integer high(Measurement m, Prescription p) {
        return isHeld(m) ? p.holdSecondsMax() : m == Measurement.DISTANCE_METERS ? p.distanceMetersMax() : p.repsMax();
    }
}
