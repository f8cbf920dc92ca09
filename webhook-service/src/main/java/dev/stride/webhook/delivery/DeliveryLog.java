package dev.stride.webhook.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.EventJson;
import dev.stride.webhook.subscription.WebhookType;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The app's side of deliveries: the log of one of its subscriptions, a delivery made again, and a
 * test event. Every statement names the app, so that another app's subscription is never touched.
 */
@ApplicationScoped
public class DeliveryLog {
    private static final String OWNED = "subscription_id IN (SELECT id FROM subscription WHERE id = ? AND client_id = ?)";
    private static final String COLUMNS = """
            SELECT id, event_id, event_type, athlete_id, sequence, status, failure, created_at,
                   CASE WHEN status = 'PENDING' THEN next_attempt_at END FROM delivery""";
    private static final String PAGE = COLUMNS + " WHERE " + OWNED
            + " AND (?::timestamptz IS NULL OR (created_at, id) < (?, ?)) ORDER BY created_at DESC, id DESC LIMIT ?";
    private static final String ONE = COLUMNS + " WHERE " + OWNED + " AND id = ?";
    private static final String ATTEMPTS = """
            SELECT delivery_id, attempt, attempted_at, status_code, latency_ms, error FROM delivery_attempt
            WHERE delivery_id = ANY (?) ORDER BY delivery_id, attempt""";
    private static final String REDELIVER = "UPDATE delivery d SET status = 'PENDING', failure = NULL, next_attempt_at = ?, retry_from = ? WHERE "
            + OWNED + " AND id = ? AND (athlete_id IS NULL OR EXISTS (SELECT 1 FROM connection c JOIN subscription s"
            + " ON s.client_id = c.client_id WHERE s.id = d.subscription_id AND c.athlete_id = d.athlete_id))";
    private static final String TEST = """
            INSERT INTO delivery (id, subscription_id, event_id, event_type, occurred_at, data, created_at, retry_from, status, next_attempt_at)
            SELECT ?, id, ?, ?, ?, ?, ?, ?, 'PENDING', ? FROM subscription WHERE id = ? AND client_id = ?""";
    private static final String READY_NOW = "UPDATE subscription SET ready_at = least(ready_at, ?) WHERE id = ?";
    private final AgroalDataSource dataSource;
    private final DispatchSignal dispatch;
    private final Clock clock;

    DeliveryLog(AgroalDataSource dataSource, DispatchSignal dispatch, Clock clock) {
        this.dataSource = dataSource;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    public DeliveryPage page(String client, UUID subscription, Optional<LogCursor> after, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(PAGE)) {
            statement.setObject(1, subscription);
            statement.setString(2, client);
            Timestamp at = after.map(cursor -> Timestamp.from(cursor.createdAt())).orElse(null);
            statement.setTimestamp(3, at);
            statement.setTimestamp(4, at);
            statement.setObject(5, after.map(LogCursor::id).orElse(null));
            statement.setInt(6, limit + 1);
            List<DeliveryView> found = withAttempts(connection, read(statement));
            if (found.size() <= limit) {
                return new DeliveryPage(found, null);
            }
            DeliveryView last = found.get(limit - 1);
            return new DeliveryPage(found.subList(0, limit), new LogCursor(last.createdAt(), last.id()).encode());
        }
    }

    public boolean owns(String client, UUID subscription) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM subscription WHERE id = ? AND client_id = ?")) {
            statement.setObject(1, subscription);
            statement.setString(2, client);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    public Optional<DeliveryView> find(String client, UUID subscription, UUID delivery) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(ONE)) {
            statement.setObject(1, subscription);
            statement.setString(2, client);
            statement.setObject(3, delivery);
            return withAttempts(connection, read(statement)).stream().findFirst();
        }
    }

    /**
     * Pending again, due now, with a full retry window, keeping its {@code webhook-id}; false when there
     * is no such delivery, or its athlete no longer connects the app.
     */
    @Transactional(rollbackOn = Exception.class)
    public boolean redeliver(String client, UUID subscription, UUID delivery) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            if (execute(connection, REDELIVER, now, now, subscription, client, delivery) == 0) {
                return false;
            }
            execute(connection, READY_NOW, now, subscription);
        }
        dispatch.afterCommit();
        return true;
    }

    /** A {@code webhook.test} event queued for the subscription; its delivery id, or empty when the subscription is not the app's. */
    @Transactional(rollbackOn = Exception.class)
    public Optional<UUID> sendTest(String client, UUID subscription) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        ObjectNode data = EventJson.mapper().createObjectNode().put("subscriptionId", subscription.toString())
                .put("message", "A test event, sent because the app asked for one");
        Timestamp at = Timestamp.from(now);
        try (Connection connection = dataSource.getConnection()) {
            if (execute(connection, TEST, id, UUID.randomUUID().toString(), WebhookType.TEST, at, data.toString(), at, at, at,
                    subscription, client) == 0) {
                return Optional.empty();
            }
            execute(connection, READY_NOW, at, subscription);
        }
        dispatch.afterCommit();
        return Optional.of(id);
    }

    private static List<DeliveryView> read(PreparedStatement statement) throws SQLException {
        List<DeliveryView> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long sequence = row.getLong(5);
                Long maybeSequence = row.wasNull() ? null : sequence;
                Timestamp next = row.getTimestamp(9);
                found.add(new DeliveryView(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                        maybeSequence, row.getString(6), row.getString(7), row.getTimestamp(8).toInstant(),
                        next == null ? null : next.toInstant(), List.of()));
            }
        }
        return found;
    }

    private static List<DeliveryView> withAttempts(Connection connection, List<DeliveryView> deliveries) throws SQLException {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, List<DeliveryView.AttemptView>> attempts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ATTEMPTS)) {
            statement.setArray(1, connection.createArrayOf("uuid", deliveries.stream().map(DeliveryView::id).toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int code = row.getInt(4);
                    Integer statusCode = row.wasNull() ? null : code;
                    attempts.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(new DeliveryView.AttemptView(
                            row.getInt(2), row.getTimestamp(3).toInstant(), statusCode, row.getInt(5), row.getString(6)));
                }
            }
        }
        return deliveries.stream().map(view -> view.withAttempts(attempts.getOrDefault(view.id(), List.of()))).toList();
    }

    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
