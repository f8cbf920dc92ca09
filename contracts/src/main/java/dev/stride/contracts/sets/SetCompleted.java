package dev.stride.contracts.sets;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One performed set, on {@code completed-sets} (key = athlete id). {@code eventId} is the
 * idempotency key: the same id counts once. What was performed ({@code reps}, {@code loadKg},
 * {@code durationSeconds}, {@code distanceMeters}) is set as the exercise's measurement needs.
 */
public record SetCompleted(
        String eventId,
        String athleteId,
        UUID exerciseId,
        OffsetDateTime completedAt,
        String timeZone,
        Integer reps,
        Double loadKg,
        Integer durationSeconds,
        Double distanceMeters,
        Side side,
        Double rpe,
        UUID planId,
        UUID sessionId,
        Integer setNumber,
        String source) {

    public static final String TYPE = "stride.set.completed.v1";
    public static final String SCHEMA = "schemas/set-completed.v1.schema.json";
}
