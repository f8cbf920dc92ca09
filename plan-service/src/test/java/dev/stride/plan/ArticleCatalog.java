package dev.stride.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * The exercises of "Strength Training for Runners" (shared/seeds), as the catalog would publish
 * them, with ids derived from the slug (the same in every test).
 */
public final class ArticleCatalog {
    public static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");

    public static final ExercisePublished SINGLE_LEG_DEADLIFT = exercise("single-leg-deadlift", "Single Leg Deadlift",
            List.of(Muscle.HAMSTRINGS, Muscle.GLUTES), Category.STRENGTH, List.of(), Laterality.UNILATERAL,
            Measurement.REPS, reps(2, 3, 10, 12, true, 60), Difficulty.INTERMEDIATE,
            List.of("Keep your back flat and abs engaged", "Hinge at the hips until your body almost forms a T"));
    public static final ExercisePublished WEIGHTED_SINGLE_LEG_DEADLIFT = exercise("single-leg-deadlift-medicine-ball",
            "Single Leg Deadlift with Medicine Ball", List.of(Muscle.HAMSTRINGS, Muscle.GLUTES), Category.STRENGTH,
            List.of(Equipment.MEDICINE_BALL), Laterality.UNILATERAL, Measurement.REPS_WITH_LOAD, reps(2, 3, 10, 12, true, 60),
            Difficulty.ADVANCED, List.of("Hold the ball close to your chest", "Keep your back flat"));
    public static final ExercisePublished GLUTE_LEG_CIRCLES = exercise("standing-glute-leg-circles", "Standing Glute Leg Circles",
            List.of(Muscle.GLUTES, Muscle.HIP_ABDUCTORS), Category.MOBILITY, List.of(), Laterality.UNILATERAL,
            Measurement.REPS, reps(1, 2, 10, 10, true, 30), Difficulty.BEGINNER,
            List.of("Draw football-sized circles", "10 circles in each direction"));
    public static final ExercisePublished FIGURE_FOUR_STRETCH = exercise("figure-four-glute-stretch", "Figure-Four Glute Stretch",
            List.of(Muscle.GLUTES), Category.MOBILITY, List.of(), Laterality.UNILATERAL,
            Measurement.HOLD_SECONDS, holds(1, 2, 10, 10, true, 0), Difficulty.BEGINNER,
            List.of("Cross one ankle above the opposite knee", "Sit your hips back and down"));
    public static final ExercisePublished RUSSIAN_TWIST = exercise("lower-body-twists", "Lower Body Twists",
            List.of(Muscle.OBLIQUES, Muscle.ABDOMINALS), Category.CORE_STABILITY, List.of(Equipment.MAT), Laterality.ALTERNATING,
            Measurement.REPS, reps(2, 3, 10, 15, false, 45), Difficulty.INTERMEDIATE,
            List.of("Knees bent to 90 degrees, legs parallel to the floor", "Keep your upper body still"));
    public static final ExercisePublished BACKWARD_HEEL_WALK = exercise("backward-heel-walking", "Backward Heel Walking",
            List.of(Muscle.TIBIALIS, Muscle.ANKLES_AND_FEET), Category.BALANCE, List.of(), Laterality.ALTERNATING,
            Measurement.DISTANCE_METERS, distance(2, 3, 20, 30, 30), Difficulty.BEGINNER,
            List.of("Walk back on your heels with toes up", "Stay upright, on an even floor"));
    public static final ExercisePublished DIAGONAL_HOP = exercise("forward-diagonal-hop", "Forward Diagonal Hop",
            List.of(Muscle.CALVES, Muscle.ANKLES_AND_FEET), Category.PLYOMETRIC, List.of(), Laterality.ALTERNATING,
            Measurement.REPS, reps(2, 3, 15, 20, false, 60), Difficulty.INTERMEDIATE,
            List.of("Hop quickly as soon as your foot lands", "Warm up with a minute of jogging first"));
    public static final ExercisePublished QUADRUPED_LIMB_RAISE = exercise("quadruped-limb-raises", "Quadruped Limb Raises",
            List.of(Muscle.LOWER_BACK, Muscle.ABDOMINALS, Muscle.GLUTES), Category.CORE_STABILITY, List.of(Equipment.MAT),
            Laterality.ALTERNATING, Measurement.HOLD_SECONDS, holds(2, 3, 5, 10, true, 30), Difficulty.BEGINNER,
            List.of("Reach long from heel to fingertips", "Keep your hips level"));
    public static final ExercisePublished QUADRUPED_TRUNK_ROTATION = exercise("quadruped-trunk-rotation", "Quadruped Trunk Rotation",
            List.of(Muscle.OBLIQUES, Muscle.UPPER_BACK), Category.MOBILITY, List.of(Equipment.MAT), Laterality.UNILATERAL,
            Measurement.HOLD_SECONDS, holds(1, 2, 5, 10, true, 15), Difficulty.BEGINNER,
            List.of("Hand behind your head", "Knee toward the opposite elbow, then rotate open"));
    public static final ExercisePublished CLAMSHELL = exercise("clamshell", "Clamshell",
            List.of(Muscle.HIP_ABDUCTORS, Muscle.GLUTES), Category.STRENGTH, List.of(), Laterality.UNILATERAL,
            Measurement.REPS, reps(2, 3, 10, 12, true, 45), Difficulty.BEGINNER,
            List.of("Hips, knees and feet stacked", "Keep your feet together as the knee lifts"));

    public static final List<ExercisePublished> ALL = List.of(SINGLE_LEG_DEADLIFT, WEIGHTED_SINGLE_LEG_DEADLIFT, GLUTE_LEG_CIRCLES,
            FIGURE_FOUR_STRETCH, RUSSIAN_TWIST, BACKWARD_HEEL_WALK, DIAGONAL_HOP, QUADRUPED_LIMB_RAISE, QUADRUPED_TRUNK_ROTATION, CLAMSHELL);

    private ArticleCatalog() {
    }

    public static UUID idOf(String slug) {
        return UUID.nameUUIDFromBytes(("article:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code e} at {@code version} with {@code status}, as the catalog publishes a change. */
    public static ExercisePublished changed(ExercisePublished e, long version, ExerciseStatus status) {
        return new ExercisePublished(e.id(), version, e.slug(), e.name(), e.aliases(), e.summary(), e.instructions(), e.cues(),
                e.safetyNotes(), e.primaryMuscles(), e.secondaryMuscles(), e.category(), e.equipment(), e.laterality(),
                e.measurement(), e.prescription(), e.difficulty(), e.progressions(), e.regressions(), e.runnerBenefits(),
                e.notes(), status, e.createdAt(), CREATED.plusSeconds(version));
    }

    /** A copy of {@code e} under a new id and slug, for tests that need an exercise of their own. */
    public static ExercisePublished copy(ExercisePublished e, UUID id, String slug) {
        return new ExercisePublished(id, 1, slug, e.name(), e.aliases(), e.summary(), e.instructions(), e.cues(),
                e.safetyNotes(), e.primaryMuscles(), e.secondaryMuscles(), e.category(), e.equipment(), e.laterality(),
                e.measurement(), e.prescription(), e.difficulty(), e.progressions(), e.regressions(), e.runnerBenefits(),
                e.notes(), e.status(), e.createdAt(), e.updatedAt());
    }

    private static ExercisePublished exercise(String slug, String name, List<Muscle> primary, Category category,
            List<Equipment> equipment, Laterality laterality, Measurement measurement, Prescription prescription,
            Difficulty difficulty, List<String> cues) {
        return new ExercisePublished(idOf(slug), 1, slug, name, List.of(), name + ", from Strength Training for Runners.",
                List.of(), cues, List.of(), primary, List.of(), category, equipment, laterality, measurement, prescription,
                difficulty, List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, CREATED, CREATED);
    }

    private static Prescription reps(int setsMin, int setsMax, int min, int max, boolean perSide, int rest) {
        return new Prescription(setsMin, setsMax, min, max, null, null, null, null, perSide, rest);
    }

    private static Prescription holds(int setsMin, int setsMax, int min, int max, boolean perSide, int rest) {
        return new Prescription(setsMin, setsMax, null, null, min, max, null, null, perSide, rest);
    }

    private static Prescription distance(int setsMin, int setsMax, int min, int max, int rest) {
        return new Prescription(setsMin, setsMax, null, null, null, null, min, max, false, rest);
    }
}
