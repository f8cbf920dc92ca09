package dev.stride.plan.plan;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.ExerciseStatus;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.plan.catalog.CatalogReplica;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** From catalog events through a plan to a retirement and the plan.revised event on the broker. */
@QuarkusTest
class PlanRevisionTest {
    @Inject
    CatalogReplica replica;

    @Test
    void retiredClamshellIsReplacedInFutureSessionsAndPlanRevisedIsPublished() throws Exception {
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
        String athlete = "athlete-" + UUID.randomUUID();
        LocalDate today = PinnedClock.today(ZoneId.of("Europe/Berlin"));
        Map<String, Object> body = PlanBodies.typical(athlete, today.minusDays(10), 4);
        String planId = await().atMost(Duration.ofSeconds(20)).until(
                () -> asAthlete(athlete).contentType(ContentType.JSON).body(body).post("/plans").then().extract(), r -> r.statusCode() == 201).path("id");
        JsonNode before = plan(athlete, planId);
        assertTrue(uses(before, ArticleCatalog.CLAMSHELL.id(), today), "the plan prescribes clamshells after today");

        // A new exercise: the plan does not move.
        ExercisePublished sideLying = ArticleCatalog.copy(ArticleCatalog.CLAMSHELL, UUID.randomUUID(), "side-lying-clamshell-" + UUID.randomUUID());
        CatalogEvents.publish(sideLying);
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.activeExercises().contains(sideLying));
        assertEquals(1, plan(athlete, planId).get("version").asInt());

        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            CatalogEvents.publish(ArticleCatalog.changed(ArticleCatalog.CLAMSHELL, 2, ExerciseStatus.RETIRED));

            ConsumerRecord<String, String> revised = await().atMost(Duration.ofSeconds(20)).until(
                    () -> events.getRecords().stream().filter(r -> athlete.equals(r.key()) && r.value().contains("\"REVISED\"")).findFirst(),
                    o -> o.isPresent()).orElseThrow();
            assertEquals(List.of(), ContractSchemas.violations(PlanChanged.SCHEMA, revised.value()));
            assertEquals(PlanChange.REVISED.type(), CloudEventHeaders.read(revised.headers(), CloudEventHeaders.TYPE).orElseThrow());
            PlanChanged event = EventJson.mapper().readValue(revised.value(), PlanChanged.class);
            assertEquals(2, event.planVersion());
            assertFalse(event.sessions().stream().filter(s -> s.date().isAfter(today))
                    .anyMatch(s -> s.exercises().stream().anyMatch(e -> e.exerciseId().equals(ArticleCatalog.CLAMSHELL.id()))));
        }
        JsonNode after = plan(athlete, planId);
        assertEquals(2, after.get("version").asInt());
        assertFalse(uses(after, ArticleCatalog.CLAMSHELL.id(), today));
        assertTrue(uses(after, sideLying.id(), today), "the substitute shares both primary muscles and the category");
        assertTrue(after.findValues("changes").stream().anyMatch(c -> c.toString().contains(
                "Clamshell left the catalog (retired): replaced by Clamshell, same kind of exercise")), "the session says why");
        assertEquals(sessionsUpTo(before, today), sessionsUpTo(after, today), "past sessions never change");
    }

    private static JsonNode plan(String athlete, String id) throws Exception {
        return EventJson.mapper().readTree(asAthlete(athlete).get("/plans/" + id).then().statusCode(200).extract().asString());
    }

    private static boolean uses(JsonNode plan, UUID exercise, LocalDate today) {
        for (JsonNode session : plan.findValues("sessions").stream().flatMap(s -> iterable(s).stream()).toList()) {
            if (LocalDate.parse(session.get("date").asText()).isAfter(today)
                    && iterable(session.get("exercises")).stream().anyMatch(e -> e.get("exerciseId").asText().equals(exercise.toString()))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> sessionsUpTo(JsonNode plan, LocalDate today) {
        return plan.findValues("sessions").stream().flatMap(s -> iterable(s).stream())
                .filter(s -> !LocalDate.parse(s.get("date").asText()).isAfter(today)).toList();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
