package dev.stride.webhook.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The dispatcher's side of the {@code delivery} table: endpoints claimed for a round (their
 * {@code ready_at} moved a lease ahead, so that another instance leaves them alone), what is due to
 * them, oldest first, and what came of each attempt.
 */
@ApplicationScoped
public class Deliveries {
    private static final String CLAIM = """
            UPDATE subscription SET ready_at = ? WHERE id IN (
                SELECT s.id FROM subscription s
                WHERE s.state = 'ACTIVE' AND s.ready_at <= ? AND NOT s.id = ANY (?)
                  AND EXISTS (SELECT 1 FROM delivery d WHERE d.subscription_id = s.id AND d.status = 'PENDING' AND d.next_attempt_at <= ?)
                ORDER BY s.ready_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id, url, secret, CASE WHEN previous_secret_until > ? THEN previous_secret END""";
    private static final String EXPIRE = """
            UPDATE delivery SET status = 'FAILED', failure = ? WHERE subscription_id = ? AND status = 'PENDING' AND retry_from < ?""";
    private static final String DUE = """
            SELECT id, event_id, event_type, athlete_id, sequence, occurred_at, data, attempts, retry_from FROM delivery d
            WHERE subscription_id = ? AND status = 'PENDING' AND next_attempt_at <= ?
              AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.subscription_id = d.subscription_id AND e.athlete_id = d.athlete_id
                              AND e.status = 'PENDING' AND e.sequence < d.sequence AND e.next_attempt_at > ?)
            ORDER BY created_at, sequence LIMIT ?""";
    private final AgroalDataSource dataSource;

    Deliveries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} active endpoints with something due, other than those this instance holds already. */
    @Transactional(rollbackOn = Exception.class)
    List<Claimed> claim(Instant now, Instant leaseUntil, List<UUID> held, int limit, int batchSize, Instant expiredBefore, String expiry)
            throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setTimestamp(1, Timestamp.from(leaseUntil));
                statement.setTimestamp(2, Timestamp.from(now));
                statement.setArray(3, connection.createArrayOf("uuid", held.toArray()));
                statement.setTimestamp(4, Timestamp.from(now));
                statement.setInt(5, limit);
                statement.setTimestamp(6, Timestamp.from(now));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        List<String> secrets = row.getString(4) == null ? List.of(row.getString(3)) : List.of(row.getString(3), row.getString(4));
                        claimed.add(new Claimed(row.getObject(1, UUID.class), row.getString(2), secrets, List.of()));
                    }
                }
            }
            List<Claimed> withDue = new ArrayList<>();
            for (Claimed endpoint : claimed) {
                expire(connection, endpoint.subscription(), expiredBefore, expiry);
                withDue.add(new Claimed(endpoint.subscription(), endpoint.url(), endpoint.secrets(),
                        due(connection, endpoint.subscription(), now, batchSize)));
            }
            return withDue;
        }
    }

    private static void expire(Connection connection, UUID subscription, Instant before, String failure) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXPIRE)) {
            statement.setString(1, failure);
            statement.setObject(2, subscription);
            statement.setTimestamp(3, Timestamp.from(before));
            statement.executeUpdate();
        }
    }

    private static List<DueDelivery> due(Connection connection, UUID subscription, Instant now, int limit) throws SQLException {
        List<DueDelivery> due = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setObject(1, subscription);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setInt(4, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long sequence = row.getLong(5);
                    due.add(new DueDelivery(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                            row.wasNull() ? null : sequence, row.getTimestamp(6).toInstant(), row.getString(7), row.getInt(8),
                            row.getTimestamp(9).toInstant()));
                }
            }
        }
        return due;
    }
}
