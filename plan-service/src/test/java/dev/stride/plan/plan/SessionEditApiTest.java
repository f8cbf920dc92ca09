package dev.stride.plan.plan;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.plan.CatalogEvents;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An athlete moves, swaps and skips sessions of a plan that starts next Wednesday (sessions Wednesday and Friday). */
@QuarkusTest
class SessionEditApiTest {
    private static final LocalDate TODAY = PinnedClock.today(ZoneId.of("Europe/Berlin"));
    private final String athlete = "athlete-" + UUID.randomUUID();

    @BeforeAll
    static void catalogIsReplicated() {
        CatalogEvents.publishTheArticle();
    }

    @Test
    void aMovedSessionIsTheNextVersionPublishedAsPlanRevised() throws Exception {
        JsonPath plan = plan(TODAY.plusDays(7));
        String friday = plan.getString("schedule[0].sessions[1].sessionId");
        LocalDate sunday = LocalDate.parse(plan.getString("schedule[0].sessions[1].date")).plusDays(2);
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            edit(plan, friday, "move", Map.of("date", sunday.toString())).statusCode(200)
                    .body("version", equalTo(2)).body("schedule[0].sessions[1].date", equalTo(sunday.toString()))
                    .body("schedule[0].sessions[1].changes[0]", endsWith("to Sunday " + sunday + "."));
            ConsumerRecord<String, String> revised = await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream()
                    .filter(r -> athlete.equals(r.key()) && r.value().contains("\"REVISED\"")).findFirst(), o -> o.isPresent()).orElseThrow();
            assertEquals(List.of(), ContractSchemas.violations(PlanChanged.SCHEMA, revised.value()));
            PlanChanged event = EventJson.mapper().readValue(revised.value(), PlanChanged.class);
            assertEquals(2, event.planVersion());
            assertEquals(sunday, event.sessions().stream().filter(s -> s.sessionId().toString().equals(friday))
                    .map(PlannedSession::date).findFirst().orElseThrow());
        }
    }

    @Test
    void aMoveThatBreaksARuleIs422NamingTheRule() {
        JsonPath plan = plan(TODAY.plusDays(7));
        String wednesday = plan.getString("schedule[0].sessions[0].sessionId");
        LocalDate date = LocalDate.parse(plan.getString("schedule[0].sessions[0].date"));
        edit(plan, wednesday, "move", Map.of("date", date.plusDays(1).toString())).statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/problems/plan-rule-48h-between-sessions"));
        edit(plan, wednesday, "move", Map.of("date", date.minusDays(1).toString())).statusCode(422)
                .body("type", endsWith("/problems/plan-rule-session-stays-in-its-week"));
        edit(plan, wednesday, "move", Map.of("date", "next week")).statusCode(400).body("errors.field", contains("date"));
        edit(plan, UUID.randomUUID().toString(), "skip", null).statusCode(404);
        asAthlete(athlete).get("/plans/" + plan.getString("id")).then().body("version", equalTo(1));
    }

    @Test
    void pastSessionsNeverChange() {
        JsonPath plan = plan(TODAY.minusDays(10));
        String past = plan.getString("schedule[0].sessions[0].sessionId");
        edit(plan, past, "skip", null).statusCode(422).body("type", endsWith("/problems/plan-rule-past-sessions-never-change"));
        edit(plan, past, "move", Map.of("date", TODAY.plusDays(1).toString())).statusCode(422);
    }

    @Test
    void anExerciseIsSwappedForAListedAlternativeOnly() {
        JsonPath plan = plan(TODAY.plusDays(7));
        String session = "schedule.sessions.flatten().find { s -> s.exercises.any { it.alternatives.size() > 0 } }";
        String sessionId = plan.getString(session + ".sessionId");
        String exercise = plan.getString(session + ".exercises.find { it.alternatives.size() > 0 }.exerciseId");
        String alternative = plan.getString(session + ".exercises.find { it.alternatives.size() > 0 }.alternatives[0].exerciseId");
        edit(plan, sessionId, "swap", Map.of("exerciseId", exercise, "alternativeId", exercise)).statusCode(422)
                .body("type", endsWith("/problems/plan-rule-swap-for-a-listed-alternative"));
        JsonPath swapped = edit(plan, sessionId, "swap", Map.of("exerciseId", exercise, "alternativeId", alternative)).statusCode(200)
                .extract().jsonPath();
        List<String> ids = swapped.getList("schedule.sessions.flatten().find { it.sessionId == '" + sessionId + "' }.exercises.exerciseId");
        assertEquals(List.of(true, false), List.of(ids.contains(alternative), ids.contains(exercise)));
    }

    @Test
    void aSkippedSessionStaysSkippedOnce() {
        JsonPath plan = plan(TODAY.plusDays(7));
        String wednesday = plan.getString("schedule[0].sessions[0].sessionId");
        edit(plan, wednesday, "skip", null).statusCode(200).body("version", equalTo(2)).body("schedule[0].sessions[0].skipped", equalTo(true));
        edit(plan, wednesday, "skip", null).statusCode(200).body("version", equalTo(2));
    }

    private JsonPath plan(LocalDate start) {
        Map<String, Object> body = PlanBodies.typical(athlete, start, 8);
        return await().atMost(Duration.ofSeconds(20)).until(() -> asAthlete(athlete).contentType(ContentType.JSON).body(body)
                .post("/plans").then().extract(), r -> r.statusCode() == 201).jsonPath();
    }

    private ValidatableResponse edit(JsonPath plan, String sessionId, String what, Map<String, String> body) {
        var request = asAthlete(athlete);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/plans/" + plan.getString("id") + "/sessions/" + sessionId + "/" + what).then();
    }
}
