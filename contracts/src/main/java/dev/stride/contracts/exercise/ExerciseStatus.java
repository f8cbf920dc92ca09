package dev.stride.contracts.exercise;

/** A retired exercise stays in the catalog but is never prescribed again. */
public enum ExerciseStatus {
    ACTIVE,
    RETIRED
}
