package dev.stride.progress.sets;

import static dev.stride.testing.Management.management;
import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * While the database refuses every write (its volume table is gone), ingestion reports not ready
 * and keeps the sets in Kafka; once the table is back it resumes by itself and counts each set once.
 */
@QuarkusTest
class IngestionRecoveryTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void resumesByItselfAfterTheDatabaseRefusedWritesAndCountsEverySetOnce() throws SQLException {
        String athlete = "recovery-" + UUID.randomUUID();
        UUID squat = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> sets = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> record(set(athlete + "-" + i, athlete, squat, "2026-03-0" + (i + 1) + "T18:00:00Z", "UTC", 5, 100.0, null, null)))
                .toList();

        Sql.execute(dataSource, "ALTER TABLE daily_volume RENAME TO daily_volume_away");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(sets.subList(0, 3)).awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> management().get("/q/health/ready").then()
                    .statusCode(503).body(containsString("storage-unavailable")));
            companion.produce(String.class, byte[].class).fromRecords(sets.subList(3, 6)).awaitCompletion();
        } finally {
            Sql.execute(dataSource, "ALTER TABLE daily_volume_away RENAME TO daily_volume");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-02&to=2026-03-08&bucket=week&by=exercise", athlete)
                .then().statusCode(200)
                .body("buckets[0].total.sets", equalTo(6))
                .body("buckets[0].total.reps", equalTo(30)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> management().get("/q/health/ready").then().statusCode(200));
    }

}
