package dev.stride.progress.sets;

import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SetResourceTest {
    private static final String SET = """
            {"eventId": "%s", "exerciseId": "%s", "completedAt": "2026-03-04T07:30:00-05:00",
             "timeZone": "America/New_York", "reps": %d, "loadKg": 20}""";

    @Test
    void acceptsABatchOnceTheBrokerHasItAndCountsItOnce() {
        String athlete = "http-" + UUID.randomUUID();
        String exercise = UUID.randomUUID().toString();
        String batch = "[" + SET.formatted(athlete + "-1", exercise, 10) + "," + SET.formatted(athlete + "-2", exercise, 8) + "]";
        for (int attempt = 0; attempt < 2; attempt++) {
            asPlatform().contentType("application/json").body(batch).post("/athletes/{id}/sets", athlete)
                    .then().statusCode(202).body("accepted", equalTo(2));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04", athlete)
                .then().statusCode(200)
                .body("buckets[0].total.sets", equalTo(2))
                .body("buckets[0].total.reps", equalTo(18))
                .body("buckets[0].total.tonnageKg", equalTo(360)));
    }

    @Test
    void refusesTheWholeBatchWhenOneSetIsInvalid() {
        String athlete = "http-" + UUID.randomUUID();
        String exercise = UUID.randomUUID().toString();
        String batch = "[" + SET.formatted(athlete + "-1", exercise, 10) + "," + SET.formatted(athlete + "-2", exercise, -3) + "]";
        asPlatform().contentType("application/json").body(batch).post("/athletes/{id}/sets", athlete)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("[1].reps"));
        asPlatform().contentType("application/json").body(SET.formatted(athlete + "-3", exercise, 5))
                .post("/athletes/{id}/sets", athlete).then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04", athlete)
                .then().statusCode(200).body("buckets[0].total.sets", equalTo(1)));
    }

    @Test
    void refusesAnotherAthletesSetAndBadTimeZones() {
        String exercise = UUID.randomUUID().toString();
        asPlatform().contentType("application/json")
                .body(SET.formatted("x", exercise, 5).replace("\"eventId\"", "\"athleteId\": \"someone-else\", \"eventId\""))
                .post("/athletes/{id}/sets", "me").then().statusCode(400).body("errors.field", hasItem("athleteId"));
        asPlatform().contentType("application/json").body(SET.formatted("y", exercise, 5).replace("America/New_York", "Mars/Olympus"))
                .post("/athletes/{id}/sets", "me").then().statusCode(400).body("errors.field", hasItem("timeZone"));
    }
}
