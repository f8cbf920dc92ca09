package dev.stride.contracts.progress;

/** The personal records kept per exercise; {@code BEST_E1RM} is Epley's estimate from sets of at most 12 reps. */
public enum RecordKind {
    HEAVIEST_LOAD,
    MOST_REPS,
    LONGEST_HOLD,
    BEST_E1RM
}
