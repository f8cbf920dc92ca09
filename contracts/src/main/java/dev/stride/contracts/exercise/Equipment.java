package dev.stride.contracts.exercise;

/** Equipment an exercise needs; an exercise that needs none lists nothing. */
public enum Equipment {
    MEDICINE_BALL,
    DUMBBELL,
    KETTLEBELL,
    BARBELL,
    RESISTANCE_BAND,
    MINI_BAND,
    BOX_OR_STEP,
    BENCH,
    MAT,
    FOAM_ROLLER
}
