package dev.stride.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import dev.stride.contracts.sets.SetCompleted;

/** An athlete's ISO week in their own time zone, named by its Monday. */
public record AthleteWeek(String athleteId, LocalDate monday) {

    public static AthleteWeek of(SetCompleted set) {
        LocalDate day = set.completedAt().atZoneSameInstant(ZoneId.of(set.timeZone())).toLocalDate();
        return new AthleteWeek(set.athleteId(), day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The ISO-8601 week name, e.g. {@code 2026-W48}. */
    public String isoWeek() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
