package dev.stride.contracts.athlete;

import java.time.Instant;
import java.util.UUID;

/**
 * An athlete asked to be forgotten, on {@code athlete-events} (compacted, key = athlete id): every
 * service deletes what it holds about them and answers with an {@link AthleteErasureConfirmed}.
 * It stays on the topic, so that a service rebuilt from its topics forgets them too.
 */
public record AthleteErased(UUID eventId, String athleteId, UUID requestId, Instant requestedAt) {

    public static final String TYPE = "stride.athlete.erased.v1";
    public static final String SCHEMA = "schemas/athlete-erased.v1.schema.json";
}
