package dev.stride.progress.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.progress.sets.Columns;

/**
 * Publishes facts on {@code progress-events} exactly once: a fact is known by its key in
 * {@code progress_fact}; only facts new to that table enter the outbox, in the same statement and
 * transaction as the state they describe (the outbox relay publishes them after commit).
 */
public final class FactLog {
    private static final String PUBLISH = """
            WITH fact AS (
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    AS f(fact_key, athlete_id, event_id, event_type, event_time, payload)),
            fresh AS (
                INSERT INTO progress_fact (fact_key, athlete_id) SELECT fact_key, athlete_id FROM fact
                ON CONFLICT DO NOTHING RETURNING fact_key)
            INSERT INTO outbox_message (topic, message_key, event_id, event_type, event_time, payload)
            SELECT ?, f.athlete_id, f.event_id, f.event_type, f.event_time::timestamptz, f.payload
            FROM fact f JOIN fresh USING (fact_key) ORDER BY f.athlete_id, f.event_time, f.fact_key""";

    private FactLog() {
    }

    /** One fact: its unique key, whom it is about, and the event that tells it. */
    public record Fact(String key, String athleteId, String type, Instant time, Object event) {
    }

    /** The event id of a fact, the same on every replay. */
    public static UUID eventId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** Enqueues the facts not published before; returns how many were new. */
    public static int publish(Connection connection, List<Fact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(PUBLISH)) {
            new Columns(statement).add(facts, Fact::key).add(facts, Fact::athleteId)
                    .add(facts, f -> eventId(f.key())).add(facts, Fact::type).add(facts, Fact::time)
                    .add(facts, f -> json(f.event()));
            statement.setString(7, Topics.PROGRESS_EVENTS);
            return statement.executeUpdate();
        }
    }

    private static String json(Object event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Fact cannot be written as JSON", e);
        }
    }
}
