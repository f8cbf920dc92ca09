package dev.stride.contracts.exercise;

/** What kind of training an exercise is. */
public enum Category {
    STRENGTH,
    MOBILITY,
    PLYOMETRIC,
    BALANCE,
    CORE_STABILITY
}
