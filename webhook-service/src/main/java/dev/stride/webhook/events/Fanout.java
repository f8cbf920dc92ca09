package dev.stride.webhook.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.webhook.delivery.DispatchSignal;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Turns events into deliveries: one for each subscription of each app the event's athlete
 * connected, that asked for its type, is not disabled and was made before the event occurred. Each gets the
 * next sequence number of its athlete for that subscription; the same event twice (a replayed poll)
 * is one delivery.
 */
@ApplicationScoped
public class Fanout {
    private static final String SUBSCRIBERS = """
            SELECT c.athlete_id, s.id, s.event_types, s.created_at FROM connection c
            JOIN subscription s ON s.client_id = c.client_id
            WHERE c.athlete_id = ANY (?) AND s.state <> 'DISABLED'
            FOR SHARE OF c""";
    private static final String ENQUEUE = """
            WITH fresh AS (SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM delivery WHERE subscription_id = ? AND event_id = ?)),
            next AS (
                INSERT INTO athlete_sequence (subscription_id, athlete_id, last_sequence) SELECT ?, ?, 1 FROM fresh
                ON CONFLICT (subscription_id, athlete_id) DO UPDATE SET last_sequence = athlete_sequence.last_sequence + 1
                RETURNING last_sequence)
            INSERT INTO delivery (id, subscription_id, event_id, event_type, athlete_id, sequence, occurred_at, data,
                                  created_at, retry_from, status, next_attempt_at)
            SELECT ?, ?, ?, ?, ?, next.last_sequence, ?, ?, ?, ?, 'PENDING', ? FROM next
            ON CONFLICT (subscription_id, event_id) DO NOTHING""";
    private final AgroalDataSource dataSource;
    private final DispatchSignal dispatch;
    private final Clock clock;

    Fanout(AgroalDataSource dataSource, DispatchSignal dispatch, Clock clock) {
        this.dataSource = dataSource;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    private record Subscriber(UUID subscription, Set<String> types, Timestamp since) {
    }

    private record Delivery(Subscriber subscriber, WebhookEvent event) {
    }

    /** Enqueues what {@code events} (one poll, in offset order) owe to subscribers; the number of deliveries made. */
    @Transactional(rollbackOn = Exception.class)
    public int enqueue(List<WebhookEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<Subscriber>> subscribers = subscribers(connection, events);
            List<Delivery> deliveries = new ArrayList<>();
            for (WebhookEvent event : events) {
                for (Subscriber subscriber : subscribers.getOrDefault(event.athleteId(), List.of())) {
                    if (subscriber.types().contains(event.type().webhookName())
                            && !subscriber.since().toInstant().isAfter(event.occurredAt())) {
                        deliveries.add(new Delivery(subscriber, event));
                    }
                }
            }
            // One lock order for the sequence rows, whichever consumer writes: no deadlock between them. Stable: offsets stay in order.
            deliveries.sort(Comparator.comparing((Delivery d) -> d.subscriber().subscription()).thenComparing(d -> d.event().athleteId()));
            insert(connection, deliveries);
            if (!deliveries.isEmpty()) {
                dispatch.afterCommit();
            }
            return deliveries.size();
        }
    }

    private static Map<String, List<Subscriber>> subscribers(Connection connection, List<WebhookEvent> events) throws SQLException {
        Map<String, List<Subscriber>> subscribers = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SUBSCRIBERS)) {
            statement.setArray(1, connection.createArrayOf("text", events.stream().map(WebhookEvent::athleteId).distinct().toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Set<String> types = Set.copyOf(Arrays.asList((String[]) row.getArray(3).getArray()));
                    List<Subscriber> ofAthlete = subscribers.computeIfAbsent(row.getString(1), athlete -> new ArrayList<>());
                    Subscriber subscriber = new Subscriber(row.getObject(2, UUID.class), types, row.getTimestamp(4));
                    // An athlete who connected two sources of one app is still one delivery per subscription
                    if (ofAthlete.stream().noneMatch(known -> known.subscription().equals(subscriber.subscription()))) {
                        ofAthlete.add(subscriber);
                    }
                }
            }
        }
        return subscribers;
    }

    private void insert(Connection connection, List<Delivery> deliveries) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement statement = connection.prepareStatement(ENQUEUE)) {
            for (Delivery delivery : deliveries) {
                UUID subscription = delivery.subscriber().subscription();
                WebhookEvent event = delivery.event();
                statement.setObject(1, subscription);
                statement.setString(2, event.id());
                statement.setObject(3, subscription);
                statement.setString(4, event.athleteId());
                statement.setObject(5, UUID.randomUUID());
                statement.setObject(6, subscription);
                statement.setString(7, event.id());
                statement.setString(8, event.type().webhookName());
                statement.setString(9, event.athleteId());
                statement.setTimestamp(10, Timestamp.from(event.occurredAt()));
                statement.setString(11, event.data().toString());
                statement.setTimestamp(12, now);
                statement.setTimestamp(13, now);
                statement.setTimestamp(14, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
