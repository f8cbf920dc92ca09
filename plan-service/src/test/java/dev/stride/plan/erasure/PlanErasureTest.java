package dev.stride.plan.erasure;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.messaging.DeadLetter;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.plan.plan.PlanBodies;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanErasureTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void deletesTheErasedAthletesPlansAndConfirmsPastAnUnreadableErasure() throws Exception {
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
        String athlete = "erased-" + UUID.randomUUID();
        String other = "kept-" + UUID.randomUUID();
        for (String owner : List.of(athlete, other)) {
            Map<String, Object> body = PlanBodies.typical(owner, LocalDate.of(2030, 3, 4), 4);
            await().atMost(Duration.ofSeconds(20)).until(() -> asAthlete(owner).contentType(ContentType.JSON).body(body)
                    .post("/plans").statusCode() == 201);
        }
        AthleteErased erased = new AthleteErased(UUID.randomUUID(), athlete, UUID.randomUUID(), PinnedClock.now());
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.ATHLETE_EVENTS);
            ConsumerTask<String, String> dlq = companion.consumeStrings().fromTopics(Topics.PLAN_SERVICE_DLQ);
            companion.produce(String.class, byte[].class).fromRecords(List.of(unreadable(athlete), new ProducerRecord<>(Topics.ATHLETE_EVENTS, null,
                    athlete, EventJson.mapper().writeValueAsBytes(erased),
                    CloudEventHeaders.of(erased.eventId(), AthleteErased.TYPE, "/test", PinnedClock.now())))).awaitCompletion();
            ConsumerRecord<String, String> confirmation = await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords()
                    .stream().filter(r -> r.key().equals(AthleteErasureConfirmed.key(athlete, "plan-service"))).findFirst(),
                    found -> found.isPresent()).orElseThrow();
            assertEquals(List.of(), ContractSchemas.violations(AthleteErasureConfirmed.SCHEMA, confirmation.value()));
            assertEquals(erased.requestId(), EventJson.mapper().readValue(confirmation.value(), AthleteErasureConfirmed.class).requestId());
            await().atMost(Duration.ofSeconds(20)).until(() -> dlq.getRecords().stream().anyMatch(r -> r.key().equals(athlete)
                    && "unreadable-athlete-event".equals(CloudEventHeaders.read(r.headers(), DeadLetter.REASON).orElse(""))));
        }
        asAthlete(athlete).get("/athletes/{id}/plans", athlete).then().statusCode(200).body("$", empty());
        assertEquals(0, Sql.number(dataSource, "SELECT count(*) FROM plan WHERE athlete_id = '" + athlete + "'"));
        assertEquals(0, Sql.number(dataSource, "SELECT count(*) FROM outbox_message WHERE message_key = '" + athlete + "'"));
        assertEquals(1, Sql.number(dataSource, "SELECT count(*) FROM plan WHERE athlete_id = '" + other + "'"));
    }

    /** An erasure whose request id is missing: dead-lettered, and the erasure behind it still done. */
    private static ProducerRecord<String, byte[]> unreadable(String athlete) {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"athleteId\":\"" + athlete + "\",\"requestedAt\":\"2026-12-02T10:00:00Z\"}";
        return new ProducerRecord<>(Topics.ATHLETE_EVENTS, null, athlete, json.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(UUID.randomUUID(), AthleteErased.TYPE, "/test", PinnedClock.now()));
    }
}
