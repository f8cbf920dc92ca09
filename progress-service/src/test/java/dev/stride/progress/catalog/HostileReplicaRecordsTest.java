package dev.stride.progress.catalog;

import static dev.stride.testing.Management.management;
import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.messaging.DeadLetter;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The replica consumers never stop for a record: an unreadable definition or plan event, and one the
 * database refuses for a reason no rule foresaw, go to {@code progress-service.dlq} with their
 * reason, readiness stays up, and the good records behind them are kept.
 */
@QuarkusTest
class HostileReplicaRecordsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void unreadableAndUnstorableReplicaRecordsAreDeadLetteredAndTheGoodOnesKept() throws SQLException {
        String athlete = "replica-" + UUID.randomUUID();
        UUID good = UUID.randomUUID();
        String volume = "/athletes/{id}/volume?from=2026-03-04&to=2026-03-04&by=muscle";
        Sql.execute(dataSource, "ALTER TABLE exercise ADD CONSTRAINT no_unlucky_name CHECK (name <> 'Unlucky squat') NOT VALID");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.PROGRESS_SERVICE_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(List.of(
                    definition("nul-name", UUID.randomUUID(), "Split\\u0000squat"),
                    definition("unlucky", UUID.randomUUID(), "Unlucky squat"),
                    planEvent("no-sessions-exercises", athlete),
                    definition("good", good, "Split squat"))).awaitCompletion();
            companion.produce(String.class, byte[].class)
                    .fromRecords(List.of(record(set(athlete + "-1", athlete, good, "2026-03-04T08:00:00Z", "UTC", 10, 20.0, null, null))))
                    .awaitCompletion();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get(volume, athlete).then().statusCode(200)
                    .body("buckets[0].items.key", equalTo(List.of("GLUTES"))));
            Map<String, String> reasons = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reasonsOf(dlq.getRecords()), found -> found.size() == 3);
            dlq.stop();
            assertEquals(Map.of("nul-name", "unreadable-exercise", "unlucky", DeadLetter.UNSTORABLE,
                    "no-sessions-exercises", "unreadable-plan"), reasons);
        } finally {
            Sql.execute(dataSource, "ALTER TABLE exercise DROP CONSTRAINT no_unlucky_name");
        }
        management().get("/q/health/ready").then().statusCode(200);
    }

    private static ProducerRecord<String, byte[]> definition(String eventId, UUID id, String name) {
        ExercisePublished published = new ExercisePublished(id, 1, "split-squat-" + id, "@@name@@", List.of(), "",
                List.of(), List.of(), List.of(), List.of(Muscle.GLUTES), List.of(), null, List.of(), null, Measurement.REPS,
                null, null, List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, PinnedClock.now(), PinnedClock.now());
        byte[] json = new String(SetRecords.json(published), StandardCharsets.UTF_8).replace("@@name@@", name)
                .getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, id.toString(), json,
                CloudEventHeaders.of(eventId, ExercisePublished.TYPE, "/test", PinnedClock.now()));
    }

    /** A plan event whose only session lacks its exercises: the replica could not keep it. */
    private static ProducerRecord<String, byte[]> planEvent(String eventId, String athlete) {
        String json = """
                {"eventId":"%s","change":"CREATED","planId":"%s","planVersion":1,"athleteId":"%s","timeZone":"UTC",
                 "startDate":"2026-03-02","weeks":1,"sessionsPerWeek":1,"sessions":[{"sessionId":"%s","week":1,
                 "date":"2026-03-04","deload":false}],"occurredAt":"2026-03-01T10:00:00Z"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), athlete, UUID.randomUUID());
        return new ProducerRecord<>(Topics.PLAN_EVENTS, null, athlete, json.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(eventId, PlanChange.CREATED.type(), "/test", PinnedClock.now()));
    }

    private static Map<String, String> reasonsOf(List<ConsumerRecord<String, byte[]>> letters) {
        return letters.stream().filter(r -> List.of("nul-name", "unlucky", "no-sessions-exercises").contains(header(r, CloudEventHeaders.ID)))
                .collect(Collectors.toMap(r -> header(r, CloudEventHeaders.ID), r -> header(r, DeadLetter.REASON), (a, b) -> a));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
