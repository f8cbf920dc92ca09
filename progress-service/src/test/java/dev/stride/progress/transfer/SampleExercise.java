package dev.stride.progress.transfer;

import java.util.List;

/** An exercise the sample files use, with the kind of dose that fits it. */
record SampleExercise(String name, Dose dose, boolean unilateral) {

    enum Dose { REPS, LOADED_REPS, HOLD, DISTANCE, RUN }

    /** Names exactly as catalog-service's seed has them, some through their aliases; they map to the catalog. */
    static final List<SampleExercise> CATALOG = List.of(
            new SampleExercise("Single-Leg Deadlift", Dose.LOADED_REPS, true),
            new SampleExercise("Glute Leg Circles", Dose.REPS, true),
            new SampleExercise("Figure-Four Glute Release", Dose.HOLD, true),
            new SampleExercise("Lower-Body Twist", Dose.REPS, false),
            new SampleExercise("Backward Heel Walking", Dose.DISTANCE, false),
            new SampleExercise("Forward Diagonal Hop", Dose.REPS, false),
            new SampleExercise("Quadruped Limb Raise", Dose.HOLD, true),
            new SampleExercise("Quadruped Trunk Rotation", Dose.HOLD, true),
            new SampleExercise("Clamshell", Dose.REPS, true),
            new SampleExercise("SLDL", Dose.LOADED_REPS, true),
            new SampleExercise("Russian twist", Dose.REPS, false),
            new SampleExercise("Bird dog", Dose.HOLD, true));

    /** Not in the catalog: each is used on a fixed rhythm of workouts with a fixed number of sets. */
    static final SampleExercise BENCH_PRESS = new SampleExercise("Bench Press (Barbell)", Dose.LOADED_REPS, false);
    static final SampleExercise PLANK = new SampleExercise("Plank", Dose.HOLD, false);
    static final SampleExercise TREADMILL = new SampleExercise("Running (Treadmill)", Dose.RUN, false);
}
