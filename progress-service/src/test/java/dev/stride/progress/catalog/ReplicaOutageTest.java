package dev.stride.progress.catalog;

import static dev.stride.testing.Management.management;
import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.exercise.Measurement;
import dev.stride.contracts.exercise.Muscle;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The exercise replica waits out a database that refuses it for longer than a minute — past the
 * 60 s after which SmallRye would close a consumer whose record stays unacknowledged — reports not
 * ready meanwhile, and keeps the definition once the database is back.
 */
@QuarkusTest
class ReplicaOutageTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReplicaWaitsOutAnOutageLongerThanAMinuteAndCatchesUp() throws Exception {
        String athlete = "outage-" + UUID.randomUUID();
        UUID exercise = UUID.randomUUID();
        Sql.execute(dataSource, "ALTER TABLE exercise RENAME TO exercise_away");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(List.of(definition(exercise))).awaitCompletion();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> management().get("/q/health/ready").then()
                    .statusCode(503).body(containsString("\"exercise-definitions\": \"storage-unavailable\"")));
            await().during(Duration.ofSeconds(65)).atMost(Duration.ofSeconds(80)).untilAsserted(() -> management()
                    .get("/q/health/ready").then().statusCode(503).body(containsString("storage-unavailable")));
        } finally {
            Sql.execute(dataSource, "ALTER TABLE exercise_away RENAME TO exercise");
        }
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class)
                    .fromRecords(List.of(record(set(athlete + "-1", athlete, exercise, "2026-03-04T08:00:00Z", "UTC", 10, 20.0, null, null))))
                    .awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04&by=muscle", athlete).then().statusCode(200)
                .body("buckets[0].items.key", equalTo(List.of("GLUTES"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> management().get("/q/health/ready").then().statusCode(200));
    }

    private static ProducerRecord<String, byte[]> definition(UUID id) {
        ExercisePublished published = new ExercisePublished(id, 1, "hip-thrust-" + id, "Hip thrust", List.of(), "",
                List.of(), List.of(), List.of(), List.of(Muscle.GLUTES), List.of(), null, List.of(), null, Measurement.REPS,
                null, null, List.of(), List.of(), null, null, ExerciseStatus.ACTIVE, PinnedClock.now(), PinnedClock.now());
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, id.toString(), SetRecords.json(published),
                CloudEventHeaders.of(UUID.randomUUID(), ExercisePublished.TYPE, "/test", PinnedClock.now()));
    }
}
