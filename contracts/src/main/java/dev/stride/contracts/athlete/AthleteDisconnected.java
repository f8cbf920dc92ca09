package dev.stride.contracts.athlete;

import java.time.Instant;
import java.util.UUID;

/**
 * An athlete's connection to a webhook source ended (unlinked, or the athlete erased), on
 * {@code athlete-events} with the key of the {@link AthleteConnected} it ends.
 */
public record AthleteDisconnected(UUID eventId, String athleteId, String source, String clientId,
                                  Instant disconnectedAt) {

    public static final String TYPE = "stride.athlete.disconnected.v1";
    public static final String SCHEMA = "schemas/athlete-disconnected.v1.schema.json";

    /** The record key of an athlete's connection to a source: {@code <athleteId>/connections/<source>}. */
    public static String key(String athleteId, String source) {
        return AthleteConnected.key(athleteId, source);
    }
}
