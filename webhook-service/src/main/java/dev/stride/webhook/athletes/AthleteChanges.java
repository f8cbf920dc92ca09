package dev.stride.webhook.athletes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.outbox.Outbox;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What athlete-events tell this service: which app each athlete connected (the only athletes an
 * app hears about), and who is erased: their connections, queued and logged deliveries and
 * sequence numbers deleted, and that confirmed on the same topic in the same transaction.
 */
@ApplicationScoped
public class AthleteChanges {
    static final String SERVICE = "webhook-service";
    private static final String CONNECT = """
            INSERT INTO connection (athlete_id, source, client_id, connected_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (athlete_id, source) DO UPDATE SET client_id = excluded.client_id, connected_at = excluded.connected_at""";
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;

    AthleteChanges(AgroalDataSource dataSource, Outbox outbox, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void connected(AthleteConnected connected) throws SQLException {
        update(CONNECT, connected.athleteId(), connected.source(), connected.clientId(), Timestamp.from(connected.connectedAt()));
    }

    /** The connection gone, and what was still queued for that app about the athlete (unless another source of the app stays connected). */
    @Transactional(rollbackOn = Exception.class)
    public void disconnected(AthleteDisconnected disconnected) throws SQLException {
        update("DELETE FROM connection WHERE athlete_id = ? AND source = ?", disconnected.athleteId(), disconnected.source());
        update("""
                DELETE FROM delivery d WHERE d.athlete_id = ? AND d.status = 'PENDING'
                  AND d.subscription_id IN (SELECT id FROM subscription WHERE client_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM connection c WHERE c.athlete_id = d.athlete_id AND c.client_id = ?)""",
                disconnected.athleteId(), disconnected.clientId(), disconnected.clientId());
    }

    @Transactional(rollbackOn = Exception.class)
    public void erase(AthleteErased erased) throws SQLException {
        String athlete = erased.athleteId();
        update("DELETE FROM connection WHERE athlete_id = ?", athlete);
        update("DELETE FROM delivery WHERE athlete_id = ?", athlete);
        update("DELETE FROM athlete_sequence WHERE athlete_id = ?", athlete);
        Instant now = clock.instant();
        AthleteErasureConfirmed confirmed = new AthleteErasureConfirmed(UUID.randomUUID(), athlete, erased.requestId(), SERVICE, now);
        outbox.enqueue(Topics.ATHLETE_EVENTS, AthleteErasureConfirmed.key(athlete, SERVICE), confirmed.eventId().toString(),
                AthleteErasureConfirmed.TYPE, now, confirmed);
    }

    private int update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
