package dev.stride.progress.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The webhook-ids accepted from each source in the last fifteen minutes, in {@code webhook_delivery}
 * so that a restart does not forget them: three times the tolerance of webhook-timestamp, so that
 * clock skew between the service and the database opens no gap. Older rows are pruned at most once
 * a minute, when a delivery is remembered.
 */
@ApplicationScoped
public class AcceptedDeliveries {
    private static final String FIND = "SELECT 1 FROM webhook_delivery WHERE source = ? AND webhook_id = ?";
    private static final String REMEMBER =
            "INSERT INTO webhook_delivery (source, webhook_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String PRUNE = "DELETE FROM webhook_delivery WHERE accepted_at < now() - interval '15 minutes'";
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final AtomicLong nextPruneAt = new AtomicLong();

    AcceptedDeliveries(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public boolean accepted(String source, String webhookId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, source);
            statement.setString(2, webhookId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void remember(String source, String webhookId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(REMEMBER)) {
                statement.setString(1, source);
                statement.setString(2, webhookId);
                statement.executeUpdate();
            }
            if (pruneDue()) {
                try (PreparedStatement statement = connection.prepareStatement(PRUNE)) {
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True for one caller at most once per {@link #PRUNE_EVERY}. */
    private boolean pruneDue() {
        long now = clock.millis();
        long due = nextPruneAt.get();
        return now >= due && nextPruneAt.compareAndSet(due, now + PRUNE_EVERY.toMillis());
    }
}
