package dev.stride.progress;

import static dev.stride.testing.As.asPlatform;
import static dev.stride.testing.Management.management;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.Topics;
import dev.stride.testing.ScramBroker;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * progress-service against a broker it reaches only through a SASL/SCRAM listener, configured the
 * Quarkus way ({@code kafka.security.protocol}, {@code kafka.sasl.*}) and nowhere else: the HTTP
 * writer, the ingestion loop, the dead letters, the outbox relay and the replicas all get in, or
 * a set would never be counted, a poison record never dead-lettered, a fact never published.
 */
@QuarkusTest
@TestProfile(ScramBroker.class)
class ScramBrokerTest {
    private static final String SET = """
            {"eventId": "%s", "exerciseId": "%s", "completedAt": "%s", "timeZone": "UTC", "reps": 5, "loadKg": 40}""";

    @Test
    void everyKafkaClientOfTheServiceLogsInThroughScram() {
        String athlete = "scram-" + UUID.randomUUID();
        String day = "2026-03-04T09:00:00Z"; // a fixed day well inside the sets' window, so no run lands on a midnight
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> facts = companion.consumeStrings().fromTopics(Topics.PROGRESS_EVENTS);
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            asPlatform().contentType("application/json").body(SET.formatted(athlete + "-1", UUID.randomUUID(), day))
                    .post("/athletes/{id}/sets", athlete).then().statusCode(202);
            companion.produce(String.class, byte[].class).fromRecords(List.of(new ProducerRecord<>(Topics.COMPLETED_SETS,
                    athlete, "{not json".getBytes(StandardCharsets.UTF_8)))).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from={d}&to={d}", athlete, day.substring(0, 10), day.substring(0, 10))
                    .then().statusCode(200).body("buckets[0].total.sets", equalTo(1)));
            await().atMost(Duration.ofSeconds(30)).until(() -> dlq.getRecords().stream().anyMatch(r -> athlete.equals(r.key())));
            await().atMost(Duration.ofSeconds(30)).until(() -> facts.getRecords().stream().anyMatch(r -> athlete.equals(r.key())));
            facts.stop();
            dlq.stop();
        }
        management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
