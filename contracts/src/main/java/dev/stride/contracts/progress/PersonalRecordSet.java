package dev.stride.contracts.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An athlete's new best of one {@link RecordKind} on an exercise, by the set {@code setEventId}
 * on the local date {@code achievedOn}; on {@code progress-events}. Units: kg, reps, seconds.
 */
public record PersonalRecordSet(UUID eventId, String athleteId, UUID exerciseId, RecordKind record, BigDecimal value,
                                LocalDate achievedOn, String setEventId, Instant occurredAt) {

    public static final String TYPE = "stride.progress.personal-record-set.v1";
    public static final String SCHEMA = "schemas/personal-record-set.v1.schema.json";
}
