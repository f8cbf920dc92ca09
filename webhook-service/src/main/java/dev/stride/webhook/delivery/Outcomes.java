package dev.stride.webhook.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Writes what came of an endpoint's round, in one transaction: each attempt in the log, each
 * delivery delivered, due again later or given up, and the endpoint ready again at once (all went
 * through), after its own backoff (something failed: a dead endpoint is probed, not hammered), or
 * disabled (410 Gone, or no success for {@link DeliverySettings#disableAfter()}). A delivery or
 * subscription deleted meanwhile is left deleted.
 */
@ApplicationScoped
public class Outcomes {
    private static final String LOG_ATTEMPT = """
            INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, status_code, latency_ms, error)
            SELECT id, attempts + 1, ?, ?, ?, ? FROM delivery WHERE id = ? AND status = 'PENDING'
            ON CONFLICT (delivery_id, attempt) DO NOTHING""";
    private static final String DELIVERED = "UPDATE delivery SET status = 'DELIVERED', failure = NULL, attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'";
    private static final String RETRY = "UPDATE delivery SET failure = ?, attempts = attempts + 1, next_attempt_at = ? WHERE id = ? AND status = 'PENDING'";
    private static final String GIVE_UP = "UPDATE delivery SET status = 'FAILED', failure = ?, attempts = attempts + 1 WHERE id = ? AND status = 'PENDING'";
    private static final String HEALTHY = """
            UPDATE subscription SET ready_at = ?, failing_since = NULL, consecutive_failures = 0 WHERE id = ?""";
    private static final String FAILING = """
            UPDATE subscription SET failing_since = coalesce(failing_since, ?), consecutive_failures = consecutive_failures + 1,
                ready_at = ? WHERE id = ? RETURNING failing_since, consecutive_failures""";
    private static final String DISABLE = """
            UPDATE subscription SET state = 'DISABLED', disabled_reason = ? WHERE id = ? AND state = 'ACTIVE'""";
    private final AgroalDataSource dataSource;

    Outcomes(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The endpoint taken up again at {@code readyAt}, its failure state as it was: a round that could not be made is no verdict on it. */
    @Transactional(rollbackOn = Exception.class)
    void release(UUID subscription, Instant readyAt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "UPDATE subscription SET ready_at = ? WHERE id = ?", Timestamp.from(readyAt), subscription);
        }
    }

    @Transactional(rollbackOn = Exception.class)
    void record(UUID subscription, List<Attempt> attempts, Instant now, RetrySchedule schedule, DeliverySettings settings)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (Attempt attempt : attempts) {
                log(connection, attempt);
                settle(connection, attempt, now, schedule);
            }
            Optional<Attempt> failed = attempts.stream().filter(attempt -> !attempt.delivered()).findFirst();
            if (failed.isEmpty()) {
                execute(connection, HEALTHY, Timestamp.from(now), subscription);
                return;
            }
            endpointFailed(connection, subscription, failed.get(), attempts, now, schedule, settings);
        }
    }

    private static void settle(Connection connection, Attempt attempt, Instant now, RetrySchedule schedule) throws SQLException {
        UUID id = attempt.delivery().id();
        if (attempt.delivered()) {
            execute(connection, DELIVERED, id);
            return;
        }
        int failures = attempt.delivery().attempts() + 1;
        Optional<Instant> next = schedule.next(failures, now, attempt.delivery().retryFrom());
        if (next.isPresent()) {
            execute(connection, RETRY, attempt.failure(), Timestamp.from(next.get()), id);
        } else {
            execute(connection, GIVE_UP, "given up after " + failures + " attempts; the last: " + attempt.failure(), id);
        }
    }

    private static void endpointFailed(Connection connection, UUID subscription, Attempt failed, List<Attempt> attempts, Instant now,
                                       RetrySchedule schedule, DeliverySettings settings) throws SQLException {
        Optional<Attempt> gone = attempts.stream().filter(Attempt::gone).findFirst();
        if (gone.isPresent()) {
            execute(connection, HEALTHY, Timestamp.from(now), subscription);
            execute(connection, DISABLE, "The endpoint answered 410 Gone at " + gone.get().at() + "; resume to deliver again", subscription);
            return;
        }
        Instant failingSince;
        int failures;
        try (PreparedStatement statement = connection.prepareStatement(FAILING)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(schedule.after(consecutive(connection, subscription) + 1, now)));
            statement.setObject(3, subscription);
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                failingSince = row.getTimestamp(1).toInstant();
                failures = row.getInt(2);
            }
        }
        if (!failingSince.plus(settings.disableAfter()).isAfter(now)) {
            execute(connection, DISABLE, "No delivery succeeded since " + failingSince + " (" + failures
                    + " failed rounds in a row; the last: " + failed.failure() + "); resume to deliver again", subscription);
        }
    }

    private static int consecutive(Connection connection, UUID subscription) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT consecutive_failures FROM subscription WHERE id = ?")) {
            statement.setObject(1, subscription);
            try (var row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static void log(Connection connection, Attempt attempt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOG_ATTEMPT)) {
            statement.setTimestamp(1, Timestamp.from(attempt.at()));
            statement.setObject(2, attempt.statusCode());
            statement.setInt(3, (int) Math.min(Integer.MAX_VALUE, attempt.latencyMillis()));
            statement.setString(4, attempt.statusCode() == null ? attempt.error() : null);
            statement.setObject(5, attempt.delivery().id());
            statement.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
