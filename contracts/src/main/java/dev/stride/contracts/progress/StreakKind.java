package dev.stride.contracts.progress;

/** A streak of consecutive active local days, or of consecutive ISO weeks that met the weekly target. */
public enum StreakKind {
    DAILY,
    WEEKLY
}
