package dev.stride.progress.erasure;

import static dev.stride.testing.Management.management;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.messaging.DeadLetter;
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
 * athlete-events never stops for a record: erasures and confirmations that cannot be read go to
 * {@code progress-service.dlq} with their reason, a type this service does not act on (an unknown one, or a connection,
 * which is for the webhook-service) is passed over,
 * and the erasure behind them is done; readiness stays up.
 */
@QuarkusTest
class HostileAthleteEventsTest {
    private static final String REASON = "unreadable-athlete-event";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void unreadableAthleteEventsAreDeadLetteredAndTheErasureBehindThemDone() throws Exception {
        String athlete = "hostile-erased-" + UUID.randomUUID();
        String request = UUID.randomUUID().toString();
        String erasure = "{\"eventId\":\"%s\",\"athleteId\":\"%s\",\"requestId\":%s,\"requestedAt\":\"2026-12-02T10:00:00Z\"}";
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> dlq = companion.consume(String.class, byte[].class).fromTopics(Topics.PROGRESS_SERVICE_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(List.of(
                    event("not-json", athlete, AthleteErased.TYPE, "{oops"),
                    event("no-request", athlete, AthleteErased.TYPE, erasure.formatted(UUID.randomUUID(), athlete, "null")),
                    event("bad-athlete", athlete, AthleteErased.TYPE, erasure.formatted(UUID.randomUUID(), "a b", "\"" + request + "\"")),
                    event("bad-service", athlete, AthleteErasureConfirmed.TYPE, "{\"eventId\":\"" + UUID.randomUUID()
                            + "\",\"athleteId\":\"" + athlete + "\",\"requestId\":\"" + request + "\",\"service\":\"Plan Service!\","
                            + "\"confirmedAt\":\"2026-12-02T10:00:00Z\"}"),
                    event("unknown-type", athlete, "stride.athlete.renamed.v1", "{}"),
                    event("not-ours", athlete, AthleteConnected.TYPE, "{oops"),
                    event("not-ours-either", athlete, AthleteDisconnected.TYPE, "{}"),
                    event("good", athlete, AthleteErased.TYPE, erasure.formatted(UUID.randomUUID(), athlete, "\"" + request + "\""))))
                    .awaitCompletion();
            await().atMost(Duration.ofSeconds(20)).until(() -> Sql.number(dataSource,
                    "SELECT count(*) FROM erased_athlete WHERE athlete_id = '" + athlete + "'") == 1);
            Map<String, String> reasons = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reasonsOf(dlq.getRecords(), athlete), found -> found.size() == 4);
            dlq.stop();
            assertEquals(Map.of("not-json", REASON, "no-request", REASON, "bad-athlete", REASON, "bad-service", REASON), reasons);
        }
        management().get("/q/health/ready").then().statusCode(200);
    }

    private static ProducerRecord<String, byte[]> event(String id, String athlete, String type, String json) {
        return new ProducerRecord<>(Topics.ATHLETE_EVENTS, null, athlete, json.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(id + "-" + athlete, type, "/test", PinnedClock.now()));
    }

    /** The dead letters of this test's records, by the first part of their event id. */
    private static Map<String, String> reasonsOf(List<ConsumerRecord<String, byte[]>> letters, String athlete) {
        return letters.stream().filter(r -> athlete.equals(r.key()))
                .collect(Collectors.toMap(r -> header(r, CloudEventHeaders.ID).replace("-" + athlete, ""),
                        r -> header(r, DeadLetter.REASON), (a, b) -> a));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.read(record.headers(), name).orElse("");
    }
}
