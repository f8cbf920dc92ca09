package dev.stride.progress.history;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

/** Sets logged over HTTP by the athlete themself, as an app would, and waited for until stored. */
public final class Logged {
    private Logged() {
    }

    public static String set(String eventId, String exerciseId, String completedAt, String zone, int reps) {
        return """
                {"eventId": "%s", "exerciseId": "%s", "completedAt": "%s", "timeZone": "%s", "reps": %d,
                 "loadKg": 40, "rpe": 8.5, "setNumber": 1, "source": "test"}""".formatted(eventId, exerciseId, completedAt, zone, reps);
    }

    public static String set(String eventId, String exerciseId, String completedAt, int reps, String extra) {
        return """
                {"eventId": "%s", "exerciseId": "%s", "completedAt": "%s", "timeZone": "UTC", "reps": %d,
                 "loadKg": 40%s}""".formatted(eventId, exerciseId, completedAt, reps, extra);
    }

    public static void sets(String athleteId, String... sets) {
        asAthlete(athleteId).contentType("application/json").body("[" + String.join(",", sets) + "]")
                .post("/athletes/{id}/sets", athleteId).then().statusCode(202);
    }

    public static void awaitSets(String athleteId, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAthlete(athleteId)
                .get("/athletes/{id}/sets?limit=500", athleteId).then().statusCode(200).body("sets", hasSize(count)));
    }
}
