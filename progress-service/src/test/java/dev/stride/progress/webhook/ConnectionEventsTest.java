package dev.stride.progress.webhook;

import static dev.stride.testing.As.asAthlete;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
import dev.stride.contracts.athlete.AthleteEvents;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Each athlete's connections are announced on athlete-events, keyed {@code <athleteId>/connections/<source>},
 * with the client of the source's app, so that the webhook-service delivers to an app only for the
 * athletes who connected it: its last word for a pair is the pair's state.
 */
@QuarkusTest
class ConnectionEventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void connectingAnnouncesTheAthleteWithTheClientOfTheSourcesApp() throws IOException {
        String athlete = "announced-" + UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> events = athleteEvents(companion);
            Connect.connected(athlete, "test-app");
            ConsumerRecord<String, byte[]> record = await().atMost(PATIENCE)
                    .until(() -> of(events, athlete, "test-app"), found -> found.size() == 1).get(0);
            events.stop();

            assertEquals(athlete + "/connections/test-app", record.key());
            assertEquals(AthleteConnected.TYPE, header(record, CloudEventHeaders.TYPE));
            assertEquals("/stride/progress-service", header(record, CloudEventHeaders.SOURCE));
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(CloudEventHeaders.JSON, header(record, CloudEventHeaders.CONTENT_TYPE));
            AthleteConnected connected = AthleteEvents.connected(record.headers(), record.value()).orElseThrow();
            assertEquals(List.of(athlete, "test-app", Tokens.THIRD_PARTY_APP),
                    List.of(connected.athleteId(), connected.source(), connected.clientId()));
            assertEquals(connected.eventId().toString(), header(record, CloudEventHeaders.ID));
            assertEquals(List.of(), ContractSchemas.violations(AthleteConnected.SCHEMA, text(record)));
        }
    }

    @Test
    void unlinkingAnnouncesTheEndOnceAndUnlinkingWhatIsNotLinkedAnnouncesNothing() throws IOException {
        String athlete = "unlinked-" + UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> events = athleteEvents(companion);
            unlink(athlete, "test-app");
            Connect.connected(athlete, "test-app");
            unlink(athlete, "test-app");
            unlink(athlete, "test-app");
            Connect.connected(athlete, "test-app"); // after the unlinks in the outbox's order: they are all on the topic by now
            List<ConsumerRecord<String, byte[]>> records = await().atMost(PATIENCE)
                    .until(() -> of(events, athlete, "test-app"), found -> found.size() >= 3);
            events.stop();

            assertEquals(List.of(AthleteConnected.TYPE, AthleteDisconnected.TYPE, AthleteConnected.TYPE), typesOf(records));
            AthleteDisconnected ended = AthleteEvents.disconnected(records.get(1).headers(), records.get(1).value()).orElseThrow();
            assertEquals(List.of(athlete, "test-app", Tokens.THIRD_PARTY_APP),
                    List.of(ended.athleteId(), ended.source(), ended.clientId()));
            assertEquals(List.of(), ContractSchemas.violations(AthleteDisconnected.SCHEMA, text(records.get(1))));
        }
    }

    @Test
    void anErasureEndsEachOfTheAthletesConnectionsAsTheLastWordOfItsPair() throws IOException {
        String athlete = "erased-links-" + UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, byte[]> events = athleteEvents(companion);
            Connect.connected(athlete, "test-app");
            given().auth().oauth2(Tokens.appNamed("second-coach-app", athlete)).contentType("application/json")
                    .body("{\"userId\": \"second-" + athlete + "\"}")
                    .put("/athletes/{id}/connections/second-app", athlete).then().statusCode(201);
            asAthlete(athlete).delete("/athletes/{id}", athlete).then().statusCode(202);
            await().atMost(PATIENCE).until(() -> of(events, athlete, "test-app").size() == 2
                    && of(events, athlete, "second-app").size() == 2);
            events.stop();

            List<ConsumerRecord<String, byte[]>> test = of(events, athlete, "test-app");
            List<ConsumerRecord<String, byte[]>> second = of(events, athlete, "second-app");
            assertEquals(List.of(AthleteConnected.TYPE, AthleteDisconnected.TYPE), typesOf(test));
            assertEquals(List.of(AthleteConnected.TYPE, AthleteDisconnected.TYPE), typesOf(second));
            assertEquals("second-coach-app",
                    AthleteEvents.disconnected(second.get(1).headers(), second.get(1).value()).orElseThrow().clientId());
            assertEquals(Tokens.THIRD_PARTY_APP,
                    AthleteEvents.disconnected(test.get(1).headers(), test.get(1).value()).orElseThrow().clientId());
        }
    }

    private static void unlink(String athlete, String source) {
        asAthlete(athlete).delete("/athletes/{id}/connections/{source}", athlete, source).then().statusCode(204);
    }

    private static ConsumerTask<String, byte[]> athleteEvents(KafkaCompanion companion) {
        return companion.consume(String.class, byte[].class).fromTopics(Topics.ATHLETE_EVENTS);
    }

    /** The records of one athlete and source, in the order of the topic. */
    private static List<ConsumerRecord<String, byte[]>> of(ConsumerTask<String, byte[]> events, String athlete, String source) {
        return events.getRecords().stream().filter(r -> AthleteConnected.key(athlete, source).equals(r.key())).toList();
    }

    private static List<String> typesOf(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> header(r, CloudEventHeaders.TYPE)).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.read(record.headers(), name).orElse("");
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
