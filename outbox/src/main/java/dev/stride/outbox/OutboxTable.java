package dev.stride.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The relay's statements on {@code outbox_message}, each on the connection of the relay's round. */
final class OutboxTable {
    private static final String OLDEST = """
            SELECT id, topic, message_key, event_id, event_type, event_time, payload
            FROM outbox_message ORDER BY id LIMIT ?""";

    private OutboxTable() {
    }

    /** Takes the relay lock until the transaction ends, unless another relay holds it. */
    static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    static List<OutboxMessage> oldest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OLDEST)) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<OutboxMessage> messages = new ArrayList<>();
                while (rows.next()) {
                    messages.add(new OutboxMessage(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7)));
                }
                return messages;
            }
        }
    }

    static void delete(Connection connection, List<OutboxMessage> messages) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM outbox_message WHERE id = ANY(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", messages.stream().map(OutboxMessage::id).toArray()));
            statement.executeUpdate();
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM outbox_message");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
