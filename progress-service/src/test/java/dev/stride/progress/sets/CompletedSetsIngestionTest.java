package dev.stride.progress.sets;

import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.progress.fixtures.SetRecords.text;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.contracts.sets.Side;
import dev.stride.messaging.DeadLetter;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Through the real broker: duplicates, late and out-of-order sets, voids and poison records. */
@QuarkusTest
class CompletedSetsIngestionTest {

    @Test
    void countsEachSetOnceWhateverTheOrderAndSendsPoisonToTheDlq() {
        String athlete = "ath-" + UUID.randomUUID();
        UUID squat = UUID.randomUUID();
        SetCompleted monday = set(athlete + "-1", athlete, squat, "2026-03-02T18:00:00+01:00", "Europe/Berlin", 5, 100.0, null, null);
        SetCompleted tuesday = set(athlete + "-2", athlete, squat, "2026-03-03T18:00:00+01:00", "Europe/Berlin", 8, 12.5, null, Side.BOTH);
        SetCompleted voidedLater = set(athlete + "-3", athlete, squat, "2026-03-03T18:05:00+01:00", "Europe/Berlin", 5, 110.0, null, null);
        SetCompleted conflicting = set(athlete + "-1", athlete, squat, "2026-03-02T18:00:00+01:00", "Europe/Berlin", 6, 100.0, null, null);
        SetCompleted negative = set(athlete + "-4", athlete, squat, "2026-03-03T18:00:00+01:00", "Europe/Berlin", -1, null, null, null);
        SetVoided voided = new SetVoided(athlete + "-v", athlete, voidedLater.eventId(), OffsetDateTime.parse("2026-03-03T19:00:00Z"), "test");
        byte[] poison = text("{not json");
        List<ProducerRecord<String, byte[]>> records = List.of(
                record(voided), record(tuesday), record(voidedLater), record(monday), record(tuesday),
                record(athlete, poison, athlete + "-p", SetCompleted.TYPE), record(conflicting), record(negative), record(monday));

        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(records).awaitCompletion();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from=2026-03-02&to=2026-03-08&bucket=week&by=exercise", athlete)
                    .then().statusCode(200)
                    .body("buckets[0].label", equalTo("2026-W10"))
                    .body("buckets[0].total.sets", equalTo(2))
                    .body("buckets[0].total.reps", equalTo(21))
                    .body("buckets[0].total.tonnageKg", equalTo(700)));
            Map<String, ConsumerRecord<String, byte[]>> letters = await().atMost(Duration.ofSeconds(20))
                    .until(() -> lettersOf(dlq, athlete), found -> found.size() == 3);
            dlq.stop();

            assertEquals("not-json", header(letters.get(athlete + "-p"), DeadLetter.REASON));
            assertArrayEquals(poison, letters.get(athlete + "-p").value());
            assertEquals(Topics.COMPLETED_SETS, header(letters.get(athlete + "-p"), DeadLetter.ORIGINAL_TOPIC));
            assertEquals("out-of-range", header(letters.get(athlete + "-4"), DeadLetter.REASON));
            assertEquals("conflict", header(letters.get(athlete + "-1"), DeadLetter.REASON));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get("/athletes/{id}/records", athlete).then().statusCode(200)
                .body("records.find { it.kind == 'HEAVIEST_LOAD' }.value", equalTo(100))
                .body("records.find { it.kind == 'HEAVIEST_LOAD' }.achievedOn", equalTo("2026-03-02"))
                .body("records.find { it.kind == 'BEST_E1RM' }.value", equalTo(116.67f)));
    }

    private static Map<String, ConsumerRecord<String, byte[]>> lettersOf(ConsumerTask<String, byte[]> dlq, String athlete) {
        return dlq.getRecords().stream().filter(r -> athlete.equals(r.key()))
                .collect(Collectors.toMap(r -> header(r, CloudEventHeaders.ID), r -> r, (a, b) -> a));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
