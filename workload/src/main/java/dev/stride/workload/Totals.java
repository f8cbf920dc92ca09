package dev.stride.workload;

import java.math.BigDecimal;

import dev.stride.contracts.sets.Side;
import dev.stride.contracts.sets.SetCompleted;

/**
 * Volume as the product defines it: one set per logged set; reps, tonnage (reps x load), hold
 * seconds and distance as performed, so a set on {@code BOTH} sides counts them twice.
 */
public record Totals(long sets, long reps, BigDecimal tonnageKg, long holdSeconds, BigDecimal distanceMeters) {

    public static final Totals ZERO = new Totals(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public static Totals of(SetCompleted set) {
        int sides = set.side() == Side.BOTH ? 2 : 1;
        long reps = set.reps() == null ? 0 : (long) set.reps() * sides;
        BigDecimal load = set.loadKg() == null ? BigDecimal.ZERO : BigDecimal.valueOf(set.loadKg());
        long hold = set.durationSeconds() == null ? 0 : (long) set.durationSeconds() * sides;
        BigDecimal distance = set.distanceMeters() == null ? BigDecimal.ZERO : BigDecimal.valueOf(set.distanceMeters());
        return new Totals(1, reps, load.multiply(BigDecimal.valueOf(reps)), hold,
                distance.multiply(BigDecimal.valueOf(sides)));
    }

    public Totals plus(Totals other) {
        return new Totals(sets + other.sets, reps + other.reps, tonnageKg.add(other.tonnageKg),
                holdSeconds + other.holdSeconds, distanceMeters.add(other.distanceMeters));
    }

    /** Same figures, whatever the scale of the decimals ({@code 12.0} equals {@code 12.000}). */
    public boolean sameAs(Totals other) {
        return sets == other.sets && reps == other.reps && tonnageKg.compareTo(other.tonnageKg) == 0
                && holdSeconds == other.holdSeconds && distanceMeters.compareTo(other.distanceMeters) == 0;
    }
}
