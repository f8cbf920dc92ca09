package dev.stride.progress.erasure;

import static dev.stride.testing.As.asAthlete;
import static dev.stride.testing.As.asPlatform;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.progress.fixtures.Ingested;
import dev.stride.progress.fixtures.PlanEvents;
import dev.stride.progress.history.Logged;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.StrideInfrastructure;
import dev.stride.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";
    /** Every table of progress-service with a row per athlete: each holds some of the athlete's before the erasure. */
    private static final List<String> ATHLETE_TABLES = List.of("completed_set", "set_void", "daily_volume", "athlete",
            "personal_record", "announced_record", "streak_state", "closed_week", "progress_fact", "plan",
            "source_connection", "import_job", "imported_exercise");
    private static final String IMPORT = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            + "2026-11-09 07:00:00,Legs,30m,Not In The Catalog,1,20,5,0,0,,,\n";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void erasesEverythingAboutTheAthleteConfirmsItAndStoresNothingThatArrivesLater() throws Exception {
        String athlete = "erased-" + UUID.randomUUID();
        athleteHasSomethingInEveryTable(athlete);
        String status = asAthlete(athlete).delete("/athletes/{id}", athlete).then().statusCode(202)
                .body("services.service", contains("progress-service", "plan-service", "webhook-service"))
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asAthlete(athlete).get(status).then().statusCode(200)
                .body("services[0].confirmedAt", notNullValue())
                .body("services[1].confirmedAt", nullValue()).body("services[2].confirmedAt", nullValue())
                .body("complete", equalTo(false)));
        for (String table : ATHLETE_TABLES) {
            assertEquals(0, rows(athlete, table), table);
        }
        asAthlete(athlete).get("/athletes/{id}/summary", athlete).then().statusCode(404);
        asAthlete(athlete).get("/athletes/{id}/sets", athlete).then().statusCode(200).body("sets", empty());
        Logged.sets(athlete, Logged.set(athlete + "-late", SQUAT, "2026-11-04T07:00:00Z", "UTC", 7));
        Ingested.everything();
        assertEquals(0, rows(athlete, "completed_set"), "a set arriving after the erasure was stored");
        asAthlete(athlete).contentType("text/csv").body(IMPORT).post("/athletes/{id}/imports?timeZone=UTC", athlete)
                .then().statusCode(410).contentType("application/problem+json");
    }

    @Test
    void onlyTheAthleteAndThePlatformEraseAndFollowTheRequest() {
        String athlete = "erased-access-" + UUID.randomUUID();
        given().delete("/athletes/{id}", athlete).then().statusCode(401);
        asAthlete("someone-else").delete("/athletes/{id}", athlete).then().statusCode(403);
        given().auth().oauth2(Tokens.app(athlete, "progress:read", "sets:write", "connections:write"))
                .delete("/athletes/{id}", athlete).then().statusCode(403);
        String status = asPlatform().delete("/athletes/{id}", athlete).then().statusCode(202).extract().header("Location");
        asAthlete("someone-else").get(status).then().statusCode(404).contentType("application/problem+json");
        asAthlete(athlete).get(status).then().statusCode(200).body("athleteId", equalTo(athlete));
        asPlatform().get("/erasures/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theErasureIsCompleteOnceEveryOtherServiceConfirmedItToo() {
        String athlete = "erased-everywhere-" + UUID.randomUUID();
        String status = asPlatform().delete("/athletes/{id}", athlete).then().statusCode(202).extract().header("Location");
        UUID request = UUID.fromString(asPlatform().get(status).then().extract().path("requestId"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPlatform().get(status).then()
                .body("services[0].confirmedAt", notNullValue()).body("complete", equalTo(false)));
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(List.of(confirmation(athlete, request, "plan-service"),
                    confirmation(athlete, request, "webhook-service"))).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPlatform().get(status).then().statusCode(200)
                .body("services.confirmedAt", everyItem(notNullValue())).body("complete", equalTo(true)));
    }

    /** Another service's confirmation, as it publishes it. */
    private static ProducerRecord<String, byte[]> confirmation(String athlete, UUID request, String service) {
        AthleteErasureConfirmed confirmed = new AthleteErasureConfirmed(UUID.randomUUID(), athlete, request, service,
                PinnedClock.now());
        return new ProducerRecord<>(Topics.ATHLETE_EVENTS, null, AthleteErasureConfirmed.key(athlete, service),
                EventJson.mapper().valueToTree(confirmed).toString().getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(confirmed.eventId(), AthleteErasureConfirmed.TYPE, "/stride/" + service, PinnedClock.now()));
    }

    /** Sets (one today, so that a streak runs), a void, a plan, a connection and an import that kept an unknown exercise; then the facts the scanner derives. */
    private void athleteHasSomethingInEveryTable(String athlete) throws Exception {
        PlanChanged plan = new PlanChanged(UUID.randomUUID(), PlanChange.CREATED, UUID.randomUUID(), 1, athlete, "UTC",
                PinnedClock.today(), 1, 1, List.of(), PinnedClock.now());
        PlanEvents.publish(plan);
        given().auth().oauth2(Tokens.app(athlete, "connections:write")).contentType("application/json")
                .body("{\"userId\": \"erased-user-" + UUID.randomUUID() + "\"}")
                .put("/athletes/{id}/connections/test-app", athlete).then().statusCode(201);
        asAthlete(athlete).contentType("text/csv").body(IMPORT).post("/athletes/{id}/imports?timeZone=UTC&unmapped=keep", athlete)
                .then().statusCode(202);
        Logged.sets(athlete, Logged.set(athlete + "-1", SQUAT, "2026-11-02T07:00:00Z", "UTC", 5),
                Logged.set(athlete + "-2", SQUAT, "2026-11-03T07:00:00Z", "UTC", 6),
                Logged.set(athlete + "-3", SQUAT, PinnedClock.today() + "T07:00:00Z", "UTC", 6));
        Logged.awaitSets(athlete, 4);
        asAthlete(athlete).delete("/athletes/{id}/sets/{e}", athlete, athlete + "-1").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String table : ATHLETE_TABLES) {
                assertEquals(true, rows(athlete, table) > 0, table + " holds nothing of the athlete yet");
            }
        });
    }

    private long rows(String athlete, String table) throws Exception {
        return Sql.number(dataSource, "SELECT count(*) FROM " + table + " WHERE athlete_id = '" + athlete + "'");
    }
}
