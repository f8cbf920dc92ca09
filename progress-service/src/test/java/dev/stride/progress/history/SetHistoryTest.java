package dev.stride.progress.history;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SetHistoryTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";
    private static final String PLANK = "7a1d5c1e-0000-4000-8000-000000000002";

    @Test
    void listsSetsNewestFirstPageByPageWithTheirFieldsAsSent() {
        String athlete = "history-" + UUID.randomUUID();
        Logged.sets(athlete, Logged.set("s1", SQUAT, "2026-11-02T07:00:00+01:00", "Europe/Berlin", 5),
                Logged.set("s2", PLANK, "2026-11-03T07:00:00+01:00", "Europe/Berlin", 6),
                Logged.set("s3", SQUAT, "2026-11-04T07:00:00+01:00", "Europe/Berlin", 7));
        Logged.awaitSets(athlete, 3);
        JsonPath first = asAthlete(athlete).get("/athletes/{id}/sets?limit=2", athlete).then().statusCode(200)
                .body("sets.eventId", contains("s3", "s2"))
                .body("sets[0].completedAt", equalTo("2026-11-04T07:00:00+01:00"))
                .body("sets[0].localDate", equalTo("2026-11-04"))
                .body("sets[0].reps", equalTo(7)).body("sets[0].rpe", equalTo(8.5f))
                .body("sets[0].voided", equalTo(false)).extract().jsonPath();
        asAthlete(athlete).get("/athletes/{id}/sets?limit=2&cursor={c}", athlete, first.getString("nextCursor"))
                .then().statusCode(200).body("sets.eventId", contains("s1")).body("nextCursor", nullValue());
        asAthlete(athlete).get("/athletes/{id}/sets?exerciseId={e}&from=2026-11-03", athlete, SQUAT)
                .then().statusCode(200).body("sets.eventId", contains("s3"));
    }

    @Test
    void voidingOverHttpMarksTheSetVoidedOnceHoweverOftenAndRefusesUnknownSets() {
        String athlete = "void-" + UUID.randomUUID();
        Logged.sets(athlete, Logged.set("v1", SQUAT, "2026-11-02T07:00:00Z", "UTC", 5),
                Logged.set("v2", SQUAT, "2026-11-02T07:05:00Z", "UTC", 5));
        Logged.awaitSets(athlete, 2);
        for (int attempt = 0; attempt < 2; attempt++) {
            asAthlete(athlete).delete("/athletes/{id}/sets/{e}", athlete, "v1").then().statusCode(202)
                    .body("accepted", equalTo(1));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAthlete(athlete)
                .get("/athletes/{id}/sets", athlete).then().body("sets.find { it.eventId == 'v1' }.voided", equalTo(true)));
        asAthlete(athlete).get("/athletes/{id}/volume?from=2026-11-02&to=2026-11-02", athlete)
                .then().body("buckets[0].total.sets", equalTo(1)).body("buckets[0].total.reps", equalTo(5));
        asAthlete(athlete).delete("/athletes/{id}/sets/{e}", athlete, "never-logged").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesBadQueryParametersNamingEach() {
        String athlete = "history-bad-" + UUID.randomUUID();
        for (String query : List.of("limit=0", "limit=501", "limit=ten", "from=2026-13-01", "exerciseId=squat",
                "cursor=bm90LWEtY3Vyc29y", "from=2026-11-05&to=2026-11-01")) {
            String field = query.substring(0, query.indexOf('='));
            asAthlete(athlete).get("/athletes/{id}/sets?" + query, athlete).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(field));
        }
    }
}
