package dev.stride.workload;

import static dev.stride.contracts.exercise.Muscle.ABDOMINALS;
import static dev.stride.contracts.exercise.Muscle.ANKLES_AND_FEET;
import static dev.stride.contracts.exercise.Muscle.CALVES;
import static dev.stride.contracts.exercise.Muscle.CHEST;
import static dev.stride.contracts.exercise.Muscle.GLUTES;
import static dev.stride.contracts.exercise.Muscle.HAMSTRINGS;
import static dev.stride.contracts.exercise.Muscle.HIP_ABDUCTORS;
import static dev.stride.contracts.exercise.Muscle.HIP_ADDUCTORS;
import static dev.stride.contracts.exercise.Muscle.HIP_FLEXORS;
import static dev.stride.contracts.exercise.Muscle.LOWER_BACK;
import static dev.stride.contracts.exercise.Muscle.OBLIQUES;
import static dev.stride.contracts.exercise.Muscle.QUADRICEPS;
import static dev.stride.contracts.exercise.Muscle.SHOULDERS;
import static dev.stride.contracts.exercise.Muscle.TIBIALIS;
import static dev.stride.contracts.exercise.Muscle.UPPER_BACK;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.stride.contracts.exercise.Category;
import dev.stride.contracts.exercise.Equipment;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Laterality;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Prescription;

/**
 * The exercises of "Strength Training for Runners" with the doses the article gives: 2-3 sets of
 * 10-12 reps per leg, ten circles each direction with each leg, ten-second holds per side, 15-20
 * hops, 10-15 twists. Where the article gives no number (heel walking, quadruped holds) the dose
 * is a coach's usual one.
 */
public final class ArticleExercises {
    private static final List<Double> BODYWEIGHT = List.of();
    /** Single-leg deadlifts: bodyweight or holding a medicine ball, as the article suggests. */
    private static final List<Double> MEDICINE_BALL = Arrays.asList(null, null, 2.0, 3.0, 4.0, 5.0, 6.0, 7.5, 10.0);

    public static final List<ArticleExercise> ALL = List.of(
            new ArticleExercise("single-leg-deadlift", "Single Leg Deadlift", Category.STRENGTH,
                    Measurement.REPS_WITH_LOAD, Laterality.UNILATERAL, List.of(HAMSTRINGS, GLUTES),
                    List.of(LOWER_BACK), List.of(Equipment.MEDICINE_BALL), reps(2, 3, 10, 12, true), MEDICINE_BALL),
            new ArticleExercise("standing-leg-circles", "Standing Leg Circles", Category.MOBILITY, Measurement.REPS,
                    Laterality.UNILATERAL, List.of(GLUTES, HIP_ABDUCTORS), List.of(HIP_FLEXORS), List.of(),
                    reps(1, 2, 20, 20, true), BODYWEIGHT),
            new ArticleExercise("figure-four-glute-stretch", "Figure-Four Glute Stretch", Category.MOBILITY,
                    Measurement.HOLD_SECONDS, Laterality.UNILATERAL, List.of(GLUTES), List.of(HIP_ABDUCTORS),
                    List.of(), hold(1, 2, 10, 10, true), BODYWEIGHT),
            new ArticleExercise("lower-body-twists", "Lower Body Twists", Category.CORE_STABILITY, Measurement.REPS,
                    Laterality.ALTERNATING, List.of(OBLIQUES, ABDOMINALS), List.of(HIP_FLEXORS),
                    List.of(Equipment.MAT), reps(1, 3, 10, 15, false), BODYWEIGHT),
            new ArticleExercise("backward-heel-walking", "Backward Heel Walking", Category.BALANCE,
                    Measurement.DISTANCE_METERS, Laterality.BILATERAL, List.of(TIBIALIS, HAMSTRINGS),
                    List.of(CALVES, ANKLES_AND_FEET), List.of(),
                    new Prescription(1, 2, null, null, null, null, 20, 40, false, 60), BODYWEIGHT),
            new ArticleExercise("forward-diagonal-hop", "Forward Diagonal Hop", Category.PLYOMETRIC, Measurement.REPS,
                    Laterality.ALTERNATING, List.of(CALVES, ANKLES_AND_FEET), List.of(QUADRICEPS, GLUTES), List.of(),
                    reps(1, 3, 15, 20, false), BODYWEIGHT),
            new ArticleExercise("quadruped-limb-raises", "Quadruped Limb Raises", Category.CORE_STABILITY,
                    Measurement.HOLD_SECONDS, Laterality.UNILATERAL, List.of(LOWER_BACK, GLUTES),
                    List.of(ABDOMINALS, SHOULDERS), List.of(Equipment.MAT), hold(2, 3, 3, 8, true), BODYWEIGHT),
            new ArticleExercise("quadruped-trunk-rotation", "Quadruped Trunk Rotation", Category.MOBILITY,
                    Measurement.HOLD_SECONDS, Laterality.UNILATERAL, List.of(OBLIQUES, UPPER_BACK), List.of(CHEST),
                    List.of(Equipment.MAT), hold(1, 2, 3, 8, true), BODYWEIGHT),
            new ArticleExercise("clamshell", "Clamshell", Category.STRENGTH, Measurement.REPS, Laterality.UNILATERAL,
                    List.of(GLUTES, HIP_ABDUCTORS), List.of(HIP_ADDUCTORS), List.of(Equipment.MAT),
                    reps(2, 3, 10, 12, true), BODYWEIGHT));

    private ArticleExercises() {
    }

    public static List<ExercisePublished> definitions(Instant at) {
        return ALL.stream().map(exercise -> exercise.definition(at)).toList();
    }

    private static Prescription reps(int setsMin, int setsMax, int min, int max, boolean perSide) {
        return new Prescription(setsMin, setsMax, min, max, null, null, null, null, perSide, 60);
    }

    private static Prescription hold(int setsMin, int setsMax, int min, int max, boolean perSide) {
        return new Prescription(setsMin, setsMax, null, null, min, max, null, null, perSide, 30);
    }
}
