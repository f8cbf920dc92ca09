package dev.stride.plan.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.outbox.Outbox;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Deletes an erased athlete's plans (and their plan events not yet relayed), and confirms it, in one transaction. */
@ApplicationScoped
public class PlanErasure {
    static final String SERVICE = "plan-service";
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;

    PlanErasure(AgroalDataSource dataSource, Outbox outbox, Clock clock) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(rollbackOn = Exception.class)
    public void erase(AthleteErased erased) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            delete(connection, "DELETE FROM plan WHERE athlete_id = ?", erased.athleteId());
            delete(connection, "DELETE FROM outbox_message WHERE message_key = ? AND topic <> '" + Topics.ATHLETE_EVENTS + "'",
                    erased.athleteId());
        }
        Instant now = clock.instant();
        AthleteErasureConfirmed confirmed = new AthleteErasureConfirmed(UUID.randomUUID(), erased.athleteId(),
                erased.requestId(), SERVICE, now);
        outbox.enqueue(Topics.ATHLETE_EVENTS, AthleteErasureConfirmed.key(erased.athleteId(), SERVICE),
                confirmed.eventId().toString(), AthleteErasureConfirmed.TYPE, now, confirmed);
    }

    private static void delete(Connection connection, String sql, String athleteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, athleteId);
            statement.executeUpdate();
        }
    }
}
