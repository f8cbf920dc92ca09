package dev.stride.contracts.exercise;

/** How demanding an exercise is. */
public enum Difficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
