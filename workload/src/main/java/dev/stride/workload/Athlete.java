package dev.stride.workload;

import java.time.LocalTime;
import java.time.ZoneId;

/** A simulated athlete: where they live, how likely they train on a given day, and when they usually start. */
public record Athlete(String id, ZoneId zone, double dailyChance, LocalTime usualStart) {
}
