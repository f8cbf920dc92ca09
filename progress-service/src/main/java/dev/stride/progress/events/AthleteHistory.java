package dev.stride.progress.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;

import dev.stride.progress.volume.SetVolume;

/**
 * What the fact scanner knows of one athlete: their zone and today there, the volume of each
 * local day, and the weekly target of each week (by its Monday).
 */
public record AthleteHistory(String athleteId, ZoneId zone, LocalDate today, NavigableMap<LocalDate, SetVolume> days,
                             Function<LocalDate, Integer> targetOfWeek) {

    public NavigableSet<LocalDate> activeDays() {
        NavigableSet<LocalDate> active = new TreeSet<>();
        days.forEach((day, volume) -> {
            if (volume.sets() > 0) {
                active.add(day);
            }
        });
        return active;
    }
}
