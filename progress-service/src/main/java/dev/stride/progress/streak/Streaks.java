package dev.stride.progress.streak;

import java.time.LocalDate;

/**
 * The athlete's streaks: consecutive active local days, and consecutive ISO weeks (by their
 * Monday) that met the weekly session target.
 */
public record Streaks(Run daily, Run weekly, LocalDate lastActiveDay, int weeklyTarget) {

    /** A streak's current and longest length. */
    public record Run(int current, int longest) {
    }
}
