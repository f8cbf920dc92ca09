package dev.stride.contracts.sets;

/** The side a unilateral set was performed on; {@code BOTH} means the reps were done on each side. */
public enum Side {
    LEFT,
    RIGHT,
    BOTH
}
