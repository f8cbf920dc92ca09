package dev.stride.progress.volume;

import java.math.BigDecimal;

import dev.stride.contracts.sets.Side;

/**
 * The volume of one or more sets. A set logged with side {@code BOTH} was performed on each
 * side, so its reps, tonnage, hold and distance count twice; it is still one set. Bodyweight
 * work counts its reps and holds (tonnage needs a load).
 */
public record SetVolume(long sets, long reps, BigDecimal tonnageKg, long holdSeconds, BigDecimal distanceMeters) {

    public static final SetVolume ZERO = new SetVolume(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    public static SetVolume of(Integer reps, Double loadKg, Integer holdSeconds, Double distanceMeters, Side side) {
        int sides = side == Side.BOTH ? 2 : 1;
        long performedReps = (long) nz(reps) * sides;
        BigDecimal load = loadKg == null ? BigDecimal.ZERO : BigDecimal.valueOf(loadKg);
        BigDecimal distance = distanceMeters == null ? BigDecimal.ZERO : BigDecimal.valueOf(distanceMeters);
        return new SetVolume(1, performedReps, load.multiply(BigDecimal.valueOf(performedReps)),
                (long) nz(holdSeconds) * sides, distance.multiply(BigDecimal.valueOf(sides)));
    }

    public SetVolume plus(SetVolume other) {
        return new SetVolume(sets + other.sets, reps + other.reps, tonnageKg.add(other.tonnageKg),
                holdSeconds + other.holdSeconds, distanceMeters.add(other.distanceMeters));
    }

    public SetVolume negate() {
        return new SetVolume(-sets, -reps, tonnageKg.negate(), -holdSeconds, distanceMeters.negate());
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
