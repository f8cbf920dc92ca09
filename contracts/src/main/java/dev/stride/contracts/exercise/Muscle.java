package dev.stride.contracts.exercise;

/** The controlled vocabulary of muscle groups. */
public enum Muscle {
    GLUTES,
    HAMSTRINGS,
    QUADRICEPS,
    CALVES,
    HIP_ABDUCTORS,
    HIP_ADDUCTORS,
    HIP_FLEXORS,
    OBLIQUES,
    ABDOMINALS,
    LOWER_BACK,
    UPPER_BACK,
    SHOULDERS,
    CHEST,
    ARMS,
    TIBIALIS,
    ANKLES_AND_FEET
}
