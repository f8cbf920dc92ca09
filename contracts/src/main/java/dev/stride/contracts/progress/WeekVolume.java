package dev.stride.contracts.progress;

import java.math.BigDecimal;

/** The volume of one ISO week: sets, reps as performed, tonnage, hold seconds, distance, and active days. */
public record WeekVolume(long sets, long reps, BigDecimal tonnageKg, long holdSeconds, BigDecimal distanceMeters,
                         int activeDays) {
}
