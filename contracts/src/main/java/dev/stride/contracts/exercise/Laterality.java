package dev.stride.contracts.exercise;

/** Whether an exercise works both sides at once, one side at a time (counted per side), or alternates. */
public enum Laterality {
    BILATERAL,
    UNILATERAL,
    ALTERNATING
}
