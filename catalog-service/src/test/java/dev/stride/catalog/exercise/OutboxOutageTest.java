package dev.stride.catalog.exercise;

import static dev.stride.catalog.exercise.ExerciseFixtures.gobletSquat;
import static dev.stride.catalog.exercise.ExerciseFixtures.uniqueSlug;
import static dev.stride.testing.As.asCatalogEditor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.outbox.OutboxRelay;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The outbox makes a change and its event one unit: a broker outage or a lost relay loses no event,
 * and two relays of one database never publish at once.
 */
@QuarkusTest
class OutboxOutageTest {
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void changesMadeWhileTheBrokerIsDownArriveInOrderOnceItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        StrideInfrastructure.stopBroker();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(createUpdateTwiceAndRetire(uniqueSlug("outage")));
            }
            // While the broker is away the relay keeps every message.
            Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
                    .until(() -> relay.pending() >= ids.size() * 4L);
        } finally {
            StrideInfrastructure.startBroker();
        }
        try (ExerciseEvents events = new ExerciseEvents(Set.copyOf(ids))) {
            List<ConsumerRecord<String, String>> records = events.awaitUntil(
                    arrived -> ids.stream().allMatch(id -> allArrived(arrived, id)), Duration.ofSeconds(60));
            for (String id : ids) {
                assertEquals(List.of(1L, 2L, 3L, 4L), versionsOf(records, id), "every version of " + id + ", once, in order");
            }
        }
    }

    @Test
    void aRelayPublishesNothingWhileAnotherInstanceHoldsTheRelayLock() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection otherInstance = dataSource.getConnection(); Statement round = otherInstance.createStatement()) {
            otherInstance.setAutoCommit(false);
            round.execute("select pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")");
            for (int i = 0; i < 3; i++) {
                ids.add(createUpdateTwiceAndRetire(uniqueSlug("two-relays")));
            }
            try (ExerciseEvents events = new ExerciseEvents(Set.copyOf(ids))) {
                Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
                        .until(() -> events.received().isEmpty() && relay.pending() >= ids.size() * 4L);
                otherInstance.commit(); // the other relay's round ends, and with it its lock
                List<ConsumerRecord<String, String>> records = events.awaitUntil(
                        arrived -> ids.stream().allMatch(id -> allArrived(arrived, id)), Duration.ofSeconds(30));
                for (String id : ids) {
                    assertEquals(List.of(1L, 2L, 3L, 4L), versionsOf(records, id), "every version of " + id + ", once, in order");
                }
            }
        }
    }

    @Test
    void eventsLeftInTheOutboxByACrashedProcessAreDelivered() throws Exception {
        ExercisePublished orphan = orphanEvent(uniqueSlug("orphan"));
        // Written as a crashed instance leaves it: committed, but with no relay in this process told about it.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into outbox_message (topic, message_key, event_id, event_type, event_time, payload)"
                                + " values (:topic, :key, :eventId, :type, :time, :payload)")
                .setParameter("topic", Topics.EXERCISE_DEFINITIONS).setParameter("key", orphan.id().toString())
                .setParameter("eventId", UUID.randomUUID().toString()).setParameter("type", ExercisePublished.TYPE)
                .setParameter("time", orphan.updatedAt()).setParameter("payload", json(orphan))
                .executeUpdate());
        try (ExerciseEvents events = new ExerciseEvents(Set.of(orphan.id().toString()))) {
            List<ConsumerRecord<String, String>> records = events.await(1, Duration.ofSeconds(30));
            assertEquals(orphan, EventJson.mapper().readValue(records.get(0).value(), ExercisePublished.class));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> relay.pending() == 0);
    }

    private static String createUpdateTwiceAndRetire(String slug) {
        String id = asCatalogEditor().contentType(ContentType.JSON).body(gobletSquat(slug)).post("/exercises")
                .then().statusCode(201).extract().path("id");
        for (int version = 1; version <= 2; version++) {
            Map<String, Object> changed = gobletSquat(slug);
            changed.put("notes", "Change " + version);
            asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(changed)
                    .put("/exercises/" + id).then().statusCode(200);
        }
        asCatalogEditor().header("If-Match", "*").delete("/exercises/" + id).then().statusCode(204);
        return id;
    }

    /** The versions of one exercise in order of arrival. */
    private static List<Long> versionsOf(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().filter(r -> r.key().equals(id)).map(OutboxOutageTest::versionOf).toList();
    }

    /** The newest version, 4, has arrived. */
    private static boolean allArrived(List<ConsumerRecord<String, String>> records, String id) {
        return versionsOf(records, id).contains(4L);
    }

    private static long versionOf(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readValue(record.value(), ExercisePublished.class).version();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExercisePublished orphanEvent(String slug) {
        Instant now = Instant.parse("2026-01-02T03:04:05.123456Z");
        return new ExercisePublished(UUID.randomUUID(), 1, slug, "Orphan " + slug, List.of(), null, List.of(), List.of(),
                List.of(), List.of(dev.stride.contracts.exercise.Muscle.GLUTES), List.of(),
                dev.stride.contracts.exercise.Category.STRENGTH, List.of(), dev.stride.contracts.exercise.Laterality.BILATERAL,
                dev.stride.contracts.exercise.Measurement.REPS,
                new dev.stride.contracts.exercise.Prescription(1, 2, 5, 8, null, null, null, null, false, 60),
                null, List.of(), List.of(), null, null, dev.stride.contracts.exercise.ExerciseStatus.ACTIVE, now, now);
    }

    private static String json(Object event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
