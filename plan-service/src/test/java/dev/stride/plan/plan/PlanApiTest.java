package dev.stride.plan.plan;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.testing.ContractSchemas;
import dev.stride.testing.StrideInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanApiTest {
    private static final LocalDate START = LocalDate.of(2030, 3, 4); // a Monday

    @BeforeAll
    static void catalogIsReplicated() {
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new dev.stride.contracts.exercise.ExercisePublished[0]));
    }

    private static ExtractableResponse<Response> create(Map<String, Object> body) {
        return asAthlete(String.valueOf(body.get("athleteId"))).contentType(ContentType.JSON).body(body).when().post("/plans").then().extract();
    }

    private static String createdPlan(String athlete) {
        Map<String, Object> body = PlanBodies.typical(athlete, START, 8);
        return await().atMost(Duration.ofSeconds(20)).until(() -> create(body), r -> r.statusCode() == 201).path("id");
    }

    @Test
    void createsAPlanOfDatedSessionsWithRationaleAndPrescriptions() {
        String athlete = "athlete-" + UUID.randomUUID();
        String id = createdPlan(athlete);

        asAthlete(athlete).when().get("/plans/" + id).then().statusCode(200)
                .body("athleteId", equalTo(athlete)).body("version", equalTo(1)).body("status", equalTo("ACTIVE"))
                .body("schedule.week", contains(1, 2, 3, 4, 5, 6, 7, 8))
                .body("schedule.deload", contains(false, false, false, true, false, false, false, true))
                .body("schedule[0].sessions.date", contains("2030-03-06", "2030-03-08"))
                .body("schedule[0].sessions[0].rationale", equalTo("Rest day from running; tomorrow is an easy run. The plan's first strength session."
                        + " Kept: at least 48 h between strength sessions, none on the day before a long or hard run."))
                .body("schedule[0].sessions[0].exercises[0].category", equalTo("PLYOMETRIC"))
                .body("schedule[0].sessions[0].exercises.name", hasItem("Single Leg Deadlift"))
                .body("schedule.sessions.flatten().estimatedMinutes", everyItem(lessThanOrEqualTo(30)))
                .body("schedule[0].sessions[0].exercises.find { it.name == 'Single Leg Deadlift' }.perSide", equalTo(true))
                .body("schedule[0].sessions[0].exercises.find { it.name == 'Single Leg Deadlift' }.catalogVersion", equalTo(1))
                .body("schedule[0].sessions[0].exercises.find { it.name == 'Single Leg Deadlift' }.cues[0]", equalTo("Keep your back flat and abs engaged"));
        asAthlete(athlete).when().get("/athletes/" + athlete + "/plans").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void answersWithLocationAndPublishesPlanCreated() {
        String athlete = "athlete-" + UUID.randomUUID();
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            ExtractableResponse<Response> created = await().atMost(Duration.ofSeconds(20))
                    .until(() -> create(PlanBodies.typical(athlete, START, 4)), r -> r.statusCode() == 201);
            assertTrue(created.header("Location").endsWith("/plans/" + created.path("id")));

            ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20)).until(
                    () -> events.getRecords().stream().filter(r -> athlete.equals(r.key())).findFirst(), o -> o.isPresent()).orElseThrow();
            assertEquals(List.of(), ContractSchemas.violations(PlanChanged.SCHEMA, event.value()));
            assertEquals("stride.plan.created.v1", CloudEventHeaders.read(event.headers(), CloudEventHeaders.TYPE).orElseThrow());
        }
    }

    @Test
    void badInputNamesEachField() {
        Map<String, Object> body = new HashMap<>(PlanBodies.typical("athlete-" + UUID.randomUUID(), START, 8));
        body.put("timeZone", "Mars/Olympus_Mons");
        body.put("weeks", 30);
        body.put("equipment", List.of("MAT", "TREADMILL"));
        body.put("runningWeek", Map.of("FUNDAY", "EASY", "MONDAY", "SPRINT"));
        asAthlete(String.valueOf(body.get("athleteId"))).contentType(ContentType.JSON).body(body).when().post("/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("timeZone", "weeks", "equipment[1]", "runningWeek", "runningWeek.MONDAY"));
    }

    @Test
    void constraintsThatCannotAllBeKeptAre422NamingTheRule() {
        Map<String, Object> body = new HashMap<>(PlanBodies.typical("athlete-" + UUID.randomUUID(), START, 8));
        body.put("sessionsPerWeek", 3);
        body.put("runningWeek", Map.of("MONDAY", "HARD", "TUESDAY", "HARD", "WEDNESDAY", "HARD", "FRIDAY", "HARD", "SUNDAY", "LONG"));
        asAthlete(String.valueOf(body.get("athleteId"))).contentType(ContentType.JSON).body(body).when().post("/plans").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/plan-rule-no-strength-before-hard-run"))
                .body("detail", equalTo("Only 2 weekday(s) are not the day before a long or hard run, and 3 session(s) a week were asked for"));
    }

    @Test
    void cancellingTwiceCancelsOnceAndPublishesPlanCancelled() {
        String athlete = "athlete-" + UUID.randomUUID();
        String id = createdPlan(athlete);
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            ConsumerTask<String, String> events = companion.consumeStrings().fromTopics(Topics.PLAN_EVENTS);
            asAthlete(athlete).when().delete("/plans/" + id).then().statusCode(200).body("status", equalTo("CANCELLED")).body("version", equalTo(2));
            asAthlete(athlete).when().delete("/plans/" + id).then().statusCode(200).body("version", equalTo(2));

            ConsumerRecord<String, String> cancelled = await().atMost(Duration.ofSeconds(20)).until(
                    () -> events.getRecords().stream().filter(r -> athlete.equals(r.key()) && r.value().contains("\"CANCELLED\"")).findFirst(),
                    o -> o.isPresent()).orElseThrow();
            assertEquals(List.of(), ContractSchemas.violations(PlanChanged.SCHEMA, cancelled.value()));
            assertEquals("stride.plan.cancelled.v1", CloudEventHeaders.read(cancelled.headers(), CloudEventHeaders.TYPE).orElseThrow());
        }
        asAthlete(athlete).when().get("/plans/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void calendarHasOneEventPerSessionInTheAthletesZone() {
        String athlete = "athlete-" + UUID.randomUUID();
        String id = createdPlan(athlete);
        byte[] body = asAthlete(athlete).when().get("/plans/" + id + "/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(16, ics.split("BEGIN:VEVENT\r\n", -1).length - 1);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20300306T180000\r\n"));
        assertTrue(ics.replace("\r\n", "").indexOf('\n') < 0, "every line ends with CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }
}
