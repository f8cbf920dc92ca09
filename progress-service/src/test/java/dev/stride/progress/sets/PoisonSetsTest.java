package dev.stride.progress.sets;

import static dev.stride.testing.Management.management;
import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.messaging.DeadLetter;
import dev.stride.progress.fixtures.SetRecords;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Poison on the Kafka door — the NUL that once stopped ingestion for everyone, bytes that are not
 * UTF-8, an instant of year -999999999, an infinite load — each goes to the DLQ with its reason,
 * readiness stays up, and a good set sent right behind them is counted.
 */
@QuarkusTest
class PoisonSetsTest {
    private static final Logger LOG = Logger.getLogger(PoisonSetsTest.class);

    @Test
    void poisonIsDeadLetteredAndTheGoodSetBehindItIsCounted() {
        String athlete = "poison-" + UUID.randomUUID();
        String exercise = UUID.randomUUID().toString();
        String day = PinnedClock.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS).toString();
        String valid = "{\"eventId\":\"%s\",\"athleteId\":\"" + athlete + "\",\"exerciseId\":\"" + exercise
                + "\",\"completedAt\":\"%s\",\"timeZone\":\"UTC\",\"reps\":5,\"loadKg\":%s}";
        List<ProducerRecord<String, byte[]>> poison = List.of(
                raw(athlete, "nul", valid.formatted("a\\u0000b", day, "20").getBytes(StandardCharsets.UTF_8)),
                raw(athlete, "latin1", valid.formatted("caf\u00e9", day, "20").getBytes(StandardCharsets.ISO_8859_1)),
                raw(athlete, "ancient", valid.formatted(athlete + "-ancient", "-999999999-01-01T00:00:00+18:00", "20")
                        .getBytes(StandardCharsets.UTF_8)),
                raw(athlete, "infinite", valid.formatted(athlete + "-infinite", day, "1e400").getBytes(StandardCharsets.UTF_8)));
        ProducerRecord<String, byte[]> good = record(set(athlete + "-good", athlete, UUID.fromString(exercise), day, "UTC", 5, 20.0, null, null));

        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(poison).awaitCompletion();
            companion.produce(String.class, byte[].class).fromRecords(List.of(good)).awaitCompletion();
            long sent = System.nanoTime();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from={d}&to={d}&bucket=day", athlete, day.substring(0, 10), day.substring(0, 10))
                    .then().statusCode(200).body("buckets[0].total.sets", equalTo(1)));
            LOG.infof("The good set behind four poison records was visible %d ms after it was acknowledged by the broker",
                    Duration.ofNanos(System.nanoTime() - sent).toMillis());
            Map<String, String> reasons = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reasonsOf(dlq.getRecords(), athlete), found -> found.size() == 4);
            dlq.stop();

            assertEquals(Map.of("nul", Violation.SCHEMA, "latin1", DecodedBatch.NOT_JSON, "ancient", Violation.OUT_OF_RANGE,
                    "infinite", Violation.SCHEMA), reasons);
        }
        management().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRecordTooLargeToDeadLetterWholeGoesWithoutItsValueAndIngestionGoesOn() {
        String athlete = "huge-" + UUID.randomUUID();
        byte[] huge = "x".repeat(1_048_200).getBytes(StandardCharsets.US_ASCII);
        String day = PinnedClock.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(9, ChronoUnit.HOURS).toString();
        ProducerRecord<String, byte[]> good = record(set(athlete + "-good", athlete, UUID.randomUUID(), day, "UTC", 5, 20.0, null, null));
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(List.of(raw(athlete, "huge", huge), good)).awaitCompletion();

            ConsumerRecord<String, byte[]> letter = await().atMost(Duration.ofSeconds(20)).until(() -> dlq.getRecords().stream()
                    .filter(r -> athlete.equals(r.key())).findFirst(), java.util.Optional::isPresent).orElseThrow();
            dlq.stop();
            assertEquals(DecodedBatch.NOT_JSON, header(letter, DeadLetter.REASON));
            assertEquals(String.valueOf(huge.length), header(letter, DeadLetter.VALUE_DROPPED));
            assertEquals(null, letter.value());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from={d}&to={d}&bucket=day", athlete, day.substring(0, 10), day.substring(0, 10))
                    .then().statusCode(200).body("buckets[0].total.sets", equalTo(1)));
        }
    }

    private static ProducerRecord<String, byte[]> raw(String athlete, String id, byte[] value) {
        return SetRecords.record(athlete, value, id, SetCompleted.TYPE);
    }

    private static Map<String, String> reasonsOf(List<ConsumerRecord<String, byte[]>> letters, String athlete) {
        return letters.stream().filter(r -> athlete.equals(r.key())).collect(Collectors.toMap(
                r -> header(r, CloudEventHeaders.ID), r -> header(r, DeadLetter.REASON), (a, b) -> a));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
