package dev.stride.progress.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The personal records kept per exercise, and the value a set scores on each. */
public enum RecordKind {
    HEAVIEST_LOAD,
    MOST_REPS,
    LONGEST_HOLD,
    BEST_E1RM;

    /** Epley's estimate is only trusted up to this many reps. */
    static final int EPLEY_MAX_REPS = 12;

    /** The set's value for this record, if it qualifies (a zero never sets a record). */
    public Optional<BigDecimal> score(Integer reps, Double loadKg, Integer holdSeconds) {
        BigDecimal value = switch (this) {
            case HEAVIEST_LOAD -> loadKg == null ? null : BigDecimal.valueOf(loadKg);
            case MOST_REPS -> reps == null ? null : BigDecimal.valueOf(reps);
            case LONGEST_HOLD -> holdSeconds == null ? null : BigDecimal.valueOf(holdSeconds);
            case BEST_E1RM -> epley(reps, loadKg);
        };
        return Optional.ofNullable(value).filter(v -> v.signum() > 0);
    }

    /** Epley: load × (1 + reps / 30); a single is the load itself. Two decimals. */
    static BigDecimal epley(Integer reps, Double loadKg) {
        if (reps == null || loadKg == null || reps < 1 || reps > EPLEY_MAX_REPS) {
            return null;
        }
        BigDecimal load = BigDecimal.valueOf(loadKg);
        if (reps == 1) {
            return load.setScale(2, RoundingMode.HALF_UP);
        }
        return load.multiply(BigDecimal.valueOf(30 + reps))
                .divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP);
    }
}
