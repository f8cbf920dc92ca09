package dev.stride.contracts.athlete;

import java.time.Instant;
import java.util.UUID;

/**
 * An athlete connected a webhook source, whose app is the OAuth client {@code clientId}, on
 * {@code athlete-events} with the key {@link #key} (compaction keeps each athlete and source's latest
 * state: connected, or {@link AthleteDisconnected}). A connection made again (a new user id of the
 * source) is announced again.
 */
public record AthleteConnected(UUID eventId, String athleteId, String source, String clientId, Instant connectedAt) {

    public static final String TYPE = "stride.athlete.connected.v1";
    public static final String SCHEMA = "schemas/athlete-connected.v1.schema.json";

    /** The record key of an athlete's connection to a source: {@code <athleteId>/connections/<source>}. */
    public static String key(String athleteId, String source) {
        return athleteId + "/connections/" + source;
    }
}
