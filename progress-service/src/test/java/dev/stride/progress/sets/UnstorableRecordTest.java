package dev.stride.progress.sets;

import static dev.stride.testing.Management.management;
import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import dev.stride.progress.fixtures.Ingested;
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
 * The database refuses one record of a 5,000-record backlog for a reason no rule of the door
 * foresaw (a check constraint added by the test): exactly that record goes to the DLQ as
 * {@code unstorable} with the database's reason, the 4,999 others are stored, the offsets are
 * committed, and readiness stays up.
 */
@QuarkusTest
class UnstorableRecordTest {
    private static final int SETS = 5_000;
    private static final int UNLUCKY = 13;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyTheRecordTheDatabaseRefusesIsDeadLetteredAndEveryOtherIsStored() throws Exception {
        String athlete = "unstorable-" + UUID.randomUUID();
        UUID squat = UUID.randomUUID();
        String day = PinnedClock.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS).toString();
        List<ProducerRecord<String, byte[]>> sets = IntStream.range(0, SETS)
                .mapToObj(i -> record(set(athlete + "-" + i, athlete, squat, day, "UTC", i == 2_500 ? UNLUCKY : 5, 20.0, null, null)))
                .toList();

        Sql.execute(dataSource, "ALTER TABLE completed_set ADD CONSTRAINT no_unlucky_reps CHECK (reps IS DISTINCT FROM " + UNLUCKY + ") NOT VALID");
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.COMPLETED_SETS_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(sets).awaitCompletion();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from={d}&to={d}&bucket=day", athlete, day.substring(0, 10), day.substring(0, 10))
                    .then().statusCode(200)
                    .body("buckets[0].total.sets", equalTo(SETS - 1))
                    .body("buckets[0].total.reps", equalTo((SETS - 1) * 5)));
            List<ConsumerRecord<String, byte[]>> letters = await().atMost(Duration.ofSeconds(20))
                    .until(() -> dlq.getRecords().stream().filter(r -> athlete.equals(r.key())).toList(), found -> !found.isEmpty());
            dlq.stop();

            assertEquals(1, letters.size());
            assertEquals(athlete + "-2500", header(letters.get(0), CloudEventHeaders.ID));
            assertEquals(DeadLetter.UNSTORABLE, header(letters.get(0), DeadLetter.REASON));
            assertTrue(header(letters.get(0), DeadLetter.DETAIL).contains("no_unlucky_reps"), header(letters.get(0), DeadLetter.DETAIL));
        } finally {
            Sql.execute(dataSource, "ALTER TABLE completed_set DROP CONSTRAINT no_unlucky_reps");
        }
        Ingested.everything();
        management().get("/q/health/ready").then().statusCode(200);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
