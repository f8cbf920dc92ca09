package dev.stride.progress.transfer;

/** What kind of set a row is: Strong marks it with a letter in {@code Set Order}, Hevy with {@code set_type}. */
public enum SetKind {
    NORMAL,
    WARMUP,
    DROP,
    FAILURE
}
