package dev.stride.webhook.subscription;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code subscription} table, always through the owning app's client id: another app's subscription is not found. */
@ApplicationScoped
public class Subscriptions {
    private static final String COLUMNS = "id, url, event_types, description, state, disabled_reason, failing_since, created_at,"
            + " previous_secret_until";
    private static final String INSERT = """
            INSERT INTO subscription (id, client_id, url, event_types, description, state, secret, created_at, ready_at)
            VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?)""";
    private final AgroalDataSource dataSource;
    private final Clock clock;

    Subscriptions(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void insert(UUID id, String client, SubscriptionRequest request, String secret, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, id);
            statement.setString(2, client);
            statement.setString(3, request.url());
            statement.setArray(4, connection.createArrayOf("text", request.eventTypes().toArray()));
            statement.setString(5, request.description());
            statement.setString(6, secret);
            statement.setTimestamp(7, Timestamp.from(now));
            statement.setTimestamp(8, Timestamp.from(now));
            statement.executeUpdate();
        }
    }

    public int countOf(String client) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM subscription WHERE client_id = ?")) {
            statement.setString(1, client);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    public List<Subscription> of(String client) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM subscription WHERE client_id = ? ORDER BY created_at, id", client, null);
    }

    public Optional<Subscription> find(String client, UUID id) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM subscription WHERE client_id = ? AND id = ?", client, id).stream().findFirst();
    }

    /** Locks the row for the rest of the transaction. */
    public Optional<Subscription> lock(String client, UUID id) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM subscription WHERE client_id = ? AND id = ? FOR UPDATE", client, id).stream().findFirst();
    }

    /** Pause, or resume (which forgets a past failure: the endpoint is tried at once). */
    public void setState(UUID id, SubscriptionState state, Instant now) throws SQLException {
        update("""
                UPDATE subscription SET state = ?, disabled_reason = NULL, failing_since = NULL, consecutive_failures = 0,
                    ready_at = ? WHERE id = ?""", state.name(), Timestamp.from(now), id);
    }

    /** The new secret signs from now on; the one it replaces still signs until {@code previousUntil}. */
    public void rotate(UUID id, String secret, Instant previousUntil) throws SQLException {
        update("UPDATE subscription SET previous_secret = secret, previous_secret_until = ?, secret = ? WHERE id = ?",
                Timestamp.from(previousUntil), secret, id);
    }

    public boolean delete(String client, UUID id) throws SQLException {
        return update("DELETE FROM subscription WHERE client_id = ? AND id = ?", client, id) > 0;
    }

    private int update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private List<Subscription> select(String sql, String client, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, client);
            if (id != null) {
                statement.setObject(2, id);
            }
            List<Subscription> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(read(row));
                }
            }
            return found;
        }
    }

    private Subscription read(ResultSet row) throws SQLException {
        Array types = row.getArray(3);
        Instant previousUntil = instant(row.getTimestamp(9));
        return new Subscription(row.getObject(1, UUID.class), row.getString(2), Arrays.asList((String[]) types.getArray()),
                row.getString(4), SubscriptionState.valueOf(row.getString(5)), row.getString(6), instant(row.getTimestamp(7)),
                instant(row.getTimestamp(8)), previousUntil != null && previousUntil.isAfter(clock.instant()) ? previousUntil : null, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
