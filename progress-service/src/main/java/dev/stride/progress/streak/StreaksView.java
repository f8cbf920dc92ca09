package dev.stride.progress.streak;

import java.time.LocalDate;

import dev.stride.progress.athlete.AthleteCalendar;

/** {@code GET /athletes/{id}/streaks}. */
public record StreaksView(String athleteId, String timeZone, LocalDate today, LocalDate lastActiveDay,
                          Streaks.Run daily, Weekly weekly) {

    /** The weekly streak and the target of the current week. */
    public record Weekly(int current, int longest, int target) {
    }

    public static StreaksView of(AthleteCalendar.Today today, Streaks streaks) {
        return new StreaksView(today.athleteId(), today.zone().getId(), today.date(), streaks.lastActiveDay(),
                streaks.daily(), new Weekly(streaks.weekly().current(), streaks.weekly().longest(), streaks.weeklyTarget()));
    }
}
