package dev.stride.bench.imports;

import java.math.BigDecimal;
import java.util.Random;

import dev.stride.contracts.exercise.Measurement;

/**
 * The measured cells of one Strong row, as Strong writes them in kilograms and kilometers, fitting what the
 * exercise measures; a cell the exercise does not measure stays empty.
 */
record SetDose(String weightKg, String reps, String distanceKm, String seconds) {

    static SetDose of(Measurement measurement, Random random) {
        return switch (measurement) {
            case REPS -> new SetDose("", Integer.toString(8 + random.nextInt(13)), "", "");
            case REPS_WITH_LOAD -> new SetDose(plain(2.5 * (2 + random.nextInt(15))),
                    Integer.toString(6 + random.nextInt(7)), "", "");
            case HOLD_SECONDS -> new SetDose("", "", "", Integer.toString(10 + random.nextInt(51)));
            case DURATION_SECONDS -> new SetDose("", "", "", Integer.toString(60 + random.nextInt(541)));
            case DISTANCE_METERS -> new SetDose("", "", plain((15 + random.nextInt(26)) / 1000.0), "");
        };
    }

    /** A number as the exports write it: no exponent, no trailing zeros. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
