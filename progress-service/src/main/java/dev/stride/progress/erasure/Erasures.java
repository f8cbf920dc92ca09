package dev.stride.progress.erasure;

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

import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.outbox.Outbox;
import dev.stride.progress.webhook.ConnectionPublisher;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Erasure of an athlete: the request (published as {@code athlete.erased} through the outbox), this
 * service's own deletion when the event comes back, and every service's confirmation.
 */
@ApplicationScoped
public class Erasures {
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;
    private final ErasureSettings settings;
    private final ConnectionPublisher connections;

    Erasures(AgroalDataSource dataSource, Outbox outbox, Clock clock, ErasureSettings settings,
             ConnectionPublisher connections) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
        this.connections = connections;
    }

    @Transactional
    public ErasureStatus request(String athleteId) throws SQLException {
        Instant now = clock.instant();
        AthleteErased erased = new AthleteErased(UUID.randomUUID(), athleteId, UUID.randomUUID(), now);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO erasure_request (request_id, athlete_id, requested_at) VALUES (?, ?, ?)")) {
            statement.setObject(1, erased.requestId());
            statement.setString(2, athleteId);
            statement.setTimestamp(3, Timestamp.from(now));
            statement.executeUpdate();
        }
        outbox.enqueue(Topics.ATHLETE_EVENTS, athleteId, erased.eventId().toString(), AthleteErased.TYPE, now, erased);
        return new ErasureStatus(erased.requestId(), athleteId, now, pending(Map.of()), false);
    }

    /**
     * Deletes what this service holds about the athlete, ends each of their connections on
     * athlete-events (the last word of each pair there) and confirms it, in one transaction.
     */
    @Transactional(rollbackOn = Exception.class)
    public void erase(AthleteErased erased) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            AthleteData.erase(connection, erased.athleteId(), erased.requestId(), now)
                    .forEach(link -> connections.disconnected(link, now));
        }
        AthleteErasureConfirmed confirmed = new AthleteErasureConfirmed(UUID.randomUUID(), erased.athleteId(),
                erased.requestId(), settings.self(), now);
        outbox.enqueue(Topics.ATHLETE_EVENTS, AthleteErasureConfirmed.key(erased.athleteId(), settings.self()),
                confirmed.eventId().toString(), AthleteErasureConfirmed.TYPE, now, confirmed);
    }

    public void confirmed(AthleteErasureConfirmed confirmed) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     INSERT INTO erasure_confirmation (request_id, service, confirmed_at) VALUES (?, ?, ?)
                     ON CONFLICT DO NOTHING""")) {
            statement.setObject(1, confirmed.requestId());
            statement.setString(2, confirmed.service());
            statement.setTimestamp(3, Timestamp.from(confirmed.confirmedAt()));
            statement.executeUpdate();
        }
    }

    public Optional<ErasureStatus> status(UUID requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement request = connection.prepareStatement(
                     "SELECT athlete_id, requested_at FROM erasure_request WHERE request_id = ?");
             PreparedStatement confirmations = connection.prepareStatement(
                     "SELECT service, confirmed_at FROM erasure_confirmation WHERE request_id = ?")) {
            request.setObject(1, requestId);
            confirmations.setObject(1, requestId);
            try (ResultSet asked = request.executeQuery(); ResultSet confirmed = confirmations.executeQuery()) {
                if (!asked.next()) {
                    return Optional.empty();
                }
                Map<String, Instant> when = new HashMap<>();
                while (confirmed.next()) {
                    when.put(confirmed.getString(1), confirmed.getTimestamp(2).toInstant());
                }
                List<ErasureStatus.ServiceConfirmation> services = pending(when);
                return Optional.of(new ErasureStatus(requestId, asked.getString(1), asked.getTimestamp(2).toInstant(),
                        services, services.stream().allMatch(s -> s.confirmedAt() != null)));
            }
        }
    }

    private List<ErasureStatus.ServiceConfirmation> pending(Map<String, Instant> confirmedAt) {
        List<ErasureStatus.ServiceConfirmation> services = new ArrayList<>();
        settings.services().forEach(service -> services.add(new ErasureStatus.ServiceConfirmation(service, confirmedAt.get(service))));
        return services;
    }
}
