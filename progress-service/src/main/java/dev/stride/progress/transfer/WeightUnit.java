package dev.stride.progress.transfer;

import java.math.BigDecimal;

/** The unit of the {@code Weight} column of Strong's current export, which the file itself does not say. */
public enum WeightUnit {
    KG(BigDecimal.ONE),
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** Exactly how many kilograms one of this unit is. */
    BigDecimal kilograms() {
        return kilograms;
    }
}
