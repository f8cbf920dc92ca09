package dev.stride.contracts.exercise;

/** How a performed set of an exercise is measured. */
public enum Measurement {
    REPS,
    REPS_WITH_LOAD,
    HOLD_SECONDS,
    DURATION_SECONDS,
    DISTANCE_METERS
}
