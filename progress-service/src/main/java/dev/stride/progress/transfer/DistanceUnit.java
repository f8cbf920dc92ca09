package dev.stride.progress.transfer;

import java.math.BigDecimal;

/** The unit of the {@code Distance} column of Strong's current export, which the file itself does not say. */
public enum DistanceUnit {
    KM(new BigDecimal("1000")),
    MI(new BigDecimal("1609.344"));

    private final BigDecimal meters;

    DistanceUnit(BigDecimal meters) {
        this.meters = meters;
    }

    /** Exactly how many meters one of this unit is. */
    BigDecimal meters() {
        return meters;
    }
}
