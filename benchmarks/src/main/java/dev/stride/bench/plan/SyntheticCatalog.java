package dev.stride.bench.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Difficulty;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.exercise.Prescription;

/**
 * Exercise definitions for the benchmark: the article's exercises ("Strength Training for
 * Runners"), and as many variations of them as wanted (new ids and slugs, rotating equipment).
 */
final class SyntheticCatalog {
    private static final Instant AT = Instant.parse("2026-01-05T08:00:00Z");

    private SyntheticCatalog() {
    }

    static List<ExercisePublished> article() {
        return List.of(
                e("single-leg-deadlift", "Single Leg Deadlift", List.of(Muscle.HAMSTRINGS, Muscle.GLUTES), Category.STRENGTH,
                        List.of(), Laterality.UNILATERAL, Measurement.REPS, reps(2, 3, 10, 12, true, 60)),
                e("clamshell", "Clamshell", List.of(Muscle.HIP_ABDUCTORS, Muscle.GLUTES), Category.STRENGTH, List.of(),
                        Laterality.UNILATERAL, Measurement.REPS, reps(2, 3, 10, 12, true, 45)),
                e("lower-body-twists", "Lower Body Twists", List.of(Muscle.OBLIQUES, Muscle.ABDOMINALS), Category.CORE_STABILITY,
                        List.of(Equipment.MAT), Laterality.ALTERNATING, Measurement.REPS, reps(2, 3, 10, 15, false, 45)),
                e("backward-heel-walking", "Backward Heel Walking", List.of(Muscle.TIBIALIS, Muscle.ANKLES_AND_FEET), Category.BALANCE,
                        List.of(), Laterality.ALTERNATING, Measurement.DISTANCE_METERS,
                        new Prescription(2, 3, null, null, null, null, 20, 30, false, 30)),
                e("forward-diagonal-hop", "Forward Diagonal Hop", List.of(Muscle.CALVES, Muscle.ANKLES_AND_FEET), Category.PLYOMETRIC,
                        List.of(), Laterality.ALTERNATING, Measurement.REPS, reps(2, 3, 15, 20, false, 60)),
                e("quadruped-limb-raises", "Quadruped Limb Raises", List.of(Muscle.LOWER_BACK, Muscle.ABDOMINALS, Muscle.GLUTES),
                        Category.CORE_STABILITY, List.of(Equipment.MAT), Laterality.ALTERNATING, Measurement.HOLD_SECONDS,
                        new Prescription(2, 3, null, null, 5, 10, null, null, true, 30)),
                e("standing-glute-leg-circles", "Standing Glute Leg Circles", List.of(Muscle.GLUTES, Muscle.HIP_ABDUCTORS),
                        Category.MOBILITY, List.of(), Laterality.UNILATERAL, Measurement.REPS, reps(1, 2, 10, 10, true, 30)));
    }

    /** {@code count} variations of the article's exercises, each with its own id and slug. */
    static List<ExercisePublished> variations(int count, String run) {
        List<ExercisePublished> base = article();
        Equipment[] equipment = Equipment.values();
        List<ExercisePublished> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            ExercisePublished b = base.get(n % base.size());
            out.add(new ExercisePublished(id(b.slug() + "-" + run + "-" + n), 1, b.slug() + "-" + run + "-" + n, b.name() + " variation " + n,
                    List.of(), b.summary(), List.of(), b.cues(), List.of(), b.primaryMuscles(), List.of(), b.category(),
                    List.of(equipment[n % equipment.length]), b.laterality(), b.measurement(), b.prescription(), Difficulty.INTERMEDIATE,
                    List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, AT, AT));
        }
        return out;
    }

    private static ExercisePublished e(String slug, String name, List<Muscle> primary, Category category, List<Equipment> equipment,
            Laterality laterality, Measurement measurement, Prescription prescription) {
        return new ExercisePublished(id(slug), 1, slug, name, List.of(), name + ", from Strength Training for Runners.", List.of(),
                List.of("Move with control"), List.of(), primary, List.of(), category, equipment, laterality, measurement,
                prescription, Difficulty.BEGINNER, List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, AT, AT);
    }

    private static Prescription reps(int setsMin, int setsMax, int min, int max, boolean perSide, int rest) {
        return new Prescription(setsMin, setsMax, min, max, null, null, null, null, perSide, rest);
    }

    private static UUID id(String slug) {
        return UUID.nameUUIDFromBytes(("bench:" + slug).getBytes(StandardCharsets.UTF_8));
    }
}
