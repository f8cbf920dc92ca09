package dev.stride.progress.exports;

import static dev.stride.testing.As.asAthlete;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.progress.fixtures.PlanEvents;
import dev.stride.progress.history.Logged;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AthleteArchiveTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";

    @Test
    void theArchiveHoldsEverySetRecordsStreaksPlansAndConnections() {
        String athlete = "archive-" + UUID.randomUUID();
        UUID planId = UUID.randomUUID();
        PlanChanged plan = new PlanChanged(UUID.randomUUID(), PlanChange.CREATED, planId, 1, athlete, "UTC",
                PinnedClock.today(), 1, 1, List.of(), PinnedClock.now());
        PlanEvents.publish(plan);
        given().auth().oauth2(Tokens.app(athlete, "connections:write")).contentType("application/json")
                .body("{\"userId\": \"archive-user-" + UUID.randomUUID() + "\"}")
                .put("/athletes/{id}/connections/test-app", athlete).then().statusCode(201);
        Logged.sets(athlete, Logged.set("a1", SQUAT, PinnedClock.today().minusDays(1) + "T07:00:00Z", "UTC", 5),
                Logged.set("a2", SQUAT, PinnedClock.today() + "T07:00:00Z", "UTC", 8));
        Logged.awaitSets(athlete, 2);
        asAthlete(athlete).delete("/athletes/{id}/sets/{e}", athlete, "a1").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAthlete(athlete).get("/athletes/{id}/export", athlete)
                .then().statusCode(200).contentType("application/json")
                .body("athleteId", equalTo(athlete)).body("timeZone", equalTo("UTC"))
                .body("sets.eventId", contains("a1", "a2")).body("sets.voided", contains(true, false))
                .body("personalRecords.find { it.kind == 'MOST_REPS' }.value", equalTo(8))
                .body("streaks", notNullValue())
                .body("plans.planId", contains(planId.toString()))
                .body("connections.source", contains("test-app")));
    }

    @Test
    void anAppWithoutTheAccountScopeGetsNoArchive() {
        String athlete = "archive-app-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.app(athlete, "progress:read", "plans:read", "connections:write"))
                .get("/athletes/{id}/export", athlete).then().statusCode(403);
        asAthlete(athlete).get("/athletes/{id}/export", athlete).then().statusCode(200).body("sets", hasSize(0));
    }
}
