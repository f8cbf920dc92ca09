package dev.stride.contracts.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A streak of {@code length} that started on {@code startedOn} ended after {@code lastOn}; on {@code progress-events}. */
public record StreakBroken(UUID eventId, String athleteId, StreakKind kind, int length, LocalDate startedOn,
                           LocalDate lastOn, Instant occurredAt) {

    public static final String TYPE = "stride.progress.streak-broken.v1";
    public static final String SCHEMA = "schemas/streak-broken.v1.schema.json";
}
