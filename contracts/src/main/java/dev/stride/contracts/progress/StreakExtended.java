package dev.stride.contracts.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A streak reached {@code length} (days, or weeks for {@link StreakKind#WEEKLY}); on
 * {@code progress-events} (key = athlete id). {@code startedOn} and {@code through} are local
 * dates (the Monday of the first and last week for weekly streaks).
 */
public record StreakExtended(UUID eventId, String athleteId, StreakKind kind, int length, LocalDate startedOn,
                             LocalDate through, Instant occurredAt) {

    public static final String TYPE = "stride.progress.streak-extended.v1";
    public static final String SCHEMA = "schemas/streak-extended.v1.schema.json";
}
