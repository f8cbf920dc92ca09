package dev.stride.workload;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What to generate. The same config (seed included) always gives the same records, byte for byte.
 * {@code lastDay} is the last local day with sets; the rates are per generated set.
 */
public record WorkloadConfig(long seed, int athletes, long records, LocalDate lastDay, double lateRate,
                             double duplicateRate, double voidRate, double poisonRate) {

    public static final int LATEST_ARRIVAL_DAYS = 7;

    /** 10,000 athletes, 2,000,000 records ending yesterday (UTC), 5 % late, 1 % duplicated, 0.5 % voided, 0.1 % poison. */
    public static WorkloadConfig defaults() {
        return new WorkloadConfig(42, 10_000, 2_000_000, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                0.05, 0.01, 0.005, 0.001);
    }

    public WorkloadConfig withRecords(long count) {
        return new WorkloadConfig(seed, athletes, count, lastDay, lateRate, duplicateRate, voidRate, poisonRate);
    }

    public WorkloadConfig withAthletes(int count) {
        return new WorkloadConfig(seed, count, records, lastDay, lateRate, duplicateRate, voidRate, poisonRate);
    }

    public WorkloadConfig withSeed(long value) {
        return new WorkloadConfig(value, athletes, records, lastDay, lateRate, duplicateRate, voidRate, poisonRate);
    }

    public WorkloadConfig withLastDay(LocalDate day) {
        return new WorkloadConfig(seed, athletes, records, day, lateRate, duplicateRate, voidRate, poisonRate);
    }

    /** Days of history: enough for the records (about 30 per athlete-week) plus a spare week, so days rarely repeat. */
    public int historyDays() {
        long weeks = 1 + (long) Math.ceil(records / (athletes * 28.0));
        return (int) Math.min(weeks * 7, 52 * 7);
    }
}
