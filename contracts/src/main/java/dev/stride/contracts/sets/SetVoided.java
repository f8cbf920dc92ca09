package dev.stride.contracts.sets;

import java.time.OffsetDateTime;

/** Withdraws an earlier {@link SetCompleted} by its event id; on {@code completed-sets}. */
public record SetVoided(
        String eventId,
        String athleteId,
        String voidedEventId,
        OffsetDateTime voidedAt,
        String source) {

    public static final String TYPE = "stride.set.voided.v1";
    public static final String SCHEMA = "schemas/set-voided.v1.schema.json";
}
