package dev.stride.progress.history;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangesFeedTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void feedsAddsThenVoidsInOrderAndResumesFromEachCursor() {
        String athlete = "feed-" + UUID.randomUUID();
        Logged.sets(athlete, Logged.set("f1", SQUAT, "2026-11-02T07:00:00Z", "UTC", 5),
                Logged.set("f2", SQUAT, "2026-11-02T07:05:00Z", "UTC", 6));
        Logged.awaitSets(athlete, 2);
        String afterAdds = feed(athlete, null).body("changes.set.eventId", contains("f1", "f2"))
                .body("changes.change", contains("ADDED", "ADDED")).extract().path("cursor");
        feed(athlete, afterAdds).body("changes", empty()).body("cursor", equalTo(afterAdds));
        asAthlete(athlete).delete("/athletes/{id}/sets/{e}", athlete, "f1").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> feed(athlete, afterAdds)
                .body("changes.set.eventId", contains("f1")).body("changes.change", contains("VOIDED")));
        feed(athlete, null).body("changes.set.eventId", contains("f2", "f1"));
    }

    @Test
    void neverShowsAChangeBeforeAnEarlierTransactionStillWritingHasCommitted() throws Exception {
        String athlete = "feed-busy-" + UUID.randomUUID();
        Logged.sets(athlete, Logged.set("b1", SQUAT, "2026-11-02T07:00:00Z", "UTC", 5));
        Logged.awaitSets(athlete, 1);
        String cursor = feed(athlete, null).body("changes.set.eventId", contains("b1")).extract().path("cursor");
        try (Connection slow = dataSource.getConnection(); Statement statement = slow.createStatement()) {
            slow.setAutoCommit(false);
            statement.execute("INSERT INTO completed_set (event_id, athlete_id, exercise_id, completed_at, local_date, time_zone,"
                    + " reps, fingerprint, voided) VALUES ('b2', '" + athlete + "', '" + SQUAT + "',"
                    + " '2026-11-02T07:03:00Z', '2026-11-02', 'UTC', 3, 0, false)");
            Logged.sets(athlete, Logged.set("b3", SQUAT, "2026-11-02T07:06:00Z", "UTC", 4));
            Logged.awaitSets(athlete, 2);
            feed(athlete, cursor).body("changes", empty()).body("cursor", equalTo(cursor));
            slow.commit();
        }
        feed(athlete, cursor).body("changes.set.eventId", contains("b2", "b3"));
    }

    @Test
    void refusesACursorItDidNotGive() {
        String athlete = "feed-bad-" + UUID.randomUUID();
        asAthlete(athlete).get("/athletes/{id}/changes?cursor=AAAA", athlete).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        asAthlete(athlete).get("/athletes/{id}/changes", athlete).then().statusCode(200).body("changes", empty());
    }

    private static ValidatableResponse feed(String athlete, String cursor) {
        return asAthlete(athlete).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                .get("/athletes/{id}/changes", athlete).then().statusCode(200);
    }
}
