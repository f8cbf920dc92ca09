package dev.stride.contracts.athlete;

import java.time.Instant;
import java.util.UUID;

/**
 * A service deleted what it held about an erased athlete, on {@code athlete-events} with the key
 * {@code <athleteId>/<service>} (so that compaction keeps it beside the {@link AthleteErased}).
 */
public record AthleteErasureConfirmed(UUID eventId, String athleteId, UUID requestId, String service,
                                      Instant confirmedAt) {

    public static final String TYPE = "stride.athlete.erasure-confirmed.v1";
    public static final String SCHEMA = "schemas/athlete-erasure-confirmed.v1.schema.json";

    /** The record key of a service's confirmation. */
    public static String key(String athleteId, String service) {
        return athleteId + "/" + service;
    }
}
