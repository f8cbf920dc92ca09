package dev.stride.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.EventJson;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Puts an event in the caller's transaction: it is published if and only if the transaction
 * commits, after the broker is reachable, in the order it was enqueued.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_message (topic, message_key, event_id, event_type, event_time, payload)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    Outbox(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    /**
     * Writes through the caller's transaction: inside a JTA transaction Agroal enlists the connection
     * it hands out, and hands that same connection to every caller (Hibernate included) until the
     * transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key, String eventId, String eventType, Instant eventTime, Object event) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setString(3, eventId);
            insert.setString(4, eventType);
            insert.setObject(5, eventTime.atOffset(ZoneOffset.UTC));
            insert.setString(6, toJson(event));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Event not enqueued on " + topic, e);
        }
        relay.wakeUpAfterCommit();
    }

    private static String toJson(Object event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.getClass().getSimpleName(), e);
        }
    }
}
