package dev.stride.bench.webhooks;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.EventJson;

/**
 * One request a healthy endpoint received: for which app, when, and what the body says it is ({@code type},
 * {@code athleteId}, {@code data.eventId}); {@code occurredAt} is the set's {@code data.completedAt} (the producer
 * stamps live sets with the time it sends them), else the body's {@code timestamp}. A body that is not such JSON
 * leaves the fields null.
 */
record Arrival(String app, String webhookId, String type, String athleteId, String eventId, Instant occurredAt,
               Instant arrivedAt) {

    static final String SET_COMPLETED = "set.completed";

    static Arrival of(String app, String webhookId, byte[] body, Instant arrivedAt) {
        try {
            JsonNode json = EventJson.stored().readTree(body);
            String completedAt = json.path("data").path("completedAt").asText(null);
            String timestamp = json.path("timestamp").asText(null);
            Instant occurred = completedAt != null ? OffsetDateTime.parse(completedAt).toInstant()
                    : timestamp != null ? Instant.parse(timestamp) : null;
            return new Arrival(app, webhookId, json.path("type").asText(null), json.path("athleteId").asText(null),
                    json.path("data").path("eventId").asText(null), occurred, arrivedAt);
        } catch (IOException | RuntimeException unreadable) {
            return new Arrival(app, webhookId, null, null, null, null, arrivedAt);
        }
    }

    boolean isSet() {
        return SET_COMPLETED.equals(type);
    }

    /** The set this delivery is about, as the run keys what is owed: app, athlete and the set's event id. */
    String setKey() {
        return OwedSets.key(app, athleteId, eventId);
    }
}
