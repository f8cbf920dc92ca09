package dev.stride.progress.transfer;

import java.math.BigDecimal;

/** Converts the exports' measures exactly into Stride's (kilograms, meters) and checks RPE. */
final class Measures {

    private static final BigDecimal HIGHEST_RPE = BigDecimal.TEN;

    private Measures() {
    }

    static Double kilograms(BigDecimal weight, WeightUnit unit) {
        return weight == null ? null : weight.multiply(unit.kilograms()).doubleValue();
    }

    static Double meters(BigDecimal distance, DistanceUnit unit) {
        return distance == null ? null : distance.multiply(unit.meters()).doubleValue();
    }

    static Double rpe(Cells cells, String column) throws RefusedCell {
        BigDecimal rpe = cells.decimal(column);
        if (rpe != null && rpe.compareTo(HIGHEST_RPE) > 0) {
            throw new RefusedCell(column + " is " + rpe.toPlainString() + ", above the highest RPE of 10");
        }
        return rpe == null ? null : rpe.doubleValue();
    }

    /** The number as the exports write it: plain digits, no exponent, no trailing zeros; null stays null. */
    static String written(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String written(Integer value) {
        return value == null ? null : value.toString();
    }

    /** Meters written in kilometers, exactly as far as a double allows. */
    static String kilometers(Double meters) {
        return meters == null ? null
                : BigDecimal.valueOf(meters).divide(DistanceUnit.KM.meters()).stripTrailingZeros().toPlainString();
    }
}
