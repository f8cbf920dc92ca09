package dev.stride.progress.volume;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Volume of one exercise or muscle in a bucket (or a bucket's total, without key and name; the
 * name is absent while the exercise is not in the catalog replica).
 * For muscles, {@code sets} counts primary muscles fully and secondary ones half.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeItem(String key, String name, BigDecimal sets, long reps, BigDecimal tonnageKg,
                         long holdSeconds, BigDecimal distanceMeters) {

    static VolumeItem of(String key, String name, SetVolume volume, BigDecimal setWeight) {
        return new VolumeItem(key, name, plain(setWeight.multiply(BigDecimal.valueOf(volume.sets()))), volume.reps(),
                plain(volume.tonnageKg()), volume.holdSeconds(), plain(volume.distanceMeters()));
    }

    /** The volume of some sets, as the read side shows it (no key, no name). */
    public static VolumeItem total(SetVolume volume) {
        return of(null, null, volume, BigDecimal.ONE);
    }

    public static VolumeItem none() {
        return of(null, null, SetVolume.ZERO, BigDecimal.ONE);
    }

    VolumeItem plus(VolumeItem other) {
        return new VolumeItem(key, name, plain(sets.add(other.sets)), reps + other.reps,
                plain(tonnageKg.add(other.tonnageKg)), holdSeconds + other.holdSeconds,
                plain(distanceMeters.add(other.distanceMeters)));
    }

    /** No exponent and no trailing zeros in JSON: 500, 22.5, 1.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
