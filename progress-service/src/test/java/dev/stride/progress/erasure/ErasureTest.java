package dev.stride.progress.erasure;

import static dev.stride.testing.As.asAthlete;
import static dev.stride.testing.As.asPlatform;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stride.progress.history.Logged;
import dev.stride.testing.Sql;
import dev.stride.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {
    private static final String SQUAT = "7a1d5c1e-0000-4000-8000-000000000001";
    /** Every table of progress-service with a row per athlete. */
    private static final List<String> ATHLETE_TABLES = List.of("completed_set", "set_void", "daily_volume", "athlete",
            "personal_record", "announced_record", "streak_state", "closed_week", "progress_fact", "plan",
            "source_connection", "import_job", "imported_exercise");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void erasesEverythingAboutTheAthleteConfirmsItAndStoresNothingThatArrivesLater() throws Exception {
        String athlete = "erased-" + UUID.randomUUID();
        Logged.sets(athlete, Logged.set("e1", SQUAT, "2026-11-02T07:00:00Z", "UTC", 5),
                Logged.set("e2", SQUAT, "2026-11-03T07:00:00Z", "UTC", 6));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(athlete, "progress_fact") > 0 && rows(athlete, "personal_record") > 0);
        String status = asAthlete(athlete).delete("/athletes/{id}", athlete).then().statusCode(202)
                .body("services.service", contains("progress-service", "plan-service")).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asAthlete(athlete).get(status).then().statusCode(200)
                .body("services[0].confirmedAt", notNullValue())
                .body("services[1].confirmedAt", nullValue()).body("complete", equalTo(false)));
        for (String table : ATHLETE_TABLES) {
            assertEquals(0, rows(athlete, table), table);
        }
        asAthlete(athlete).get("/athletes/{id}/summary", athlete).then().statusCode(404);
        asAthlete(athlete).get("/athletes/{id}/sets", athlete).then().statusCode(200).body("sets", empty());
        Logged.sets(athlete, Logged.set("e3", SQUAT, "2026-11-04T07:00:00Z", "UTC", 7));
        Logged.sets("witness-" + athlete, Logged.set("w1-" + athlete, SQUAT, "2026-11-04T07:00:00Z", "UTC", 7));
        Logged.awaitSets("witness-" + athlete, 1);
        assertEquals(0, rows(athlete, "completed_set"), "a set arriving after the erasure was stored");
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

    private long rows(String athlete, String table) throws Exception {
        return Sql.number(dataSource, "SELECT count(*) FROM " + table + " WHERE athlete_id = '" + athlete + "'");
    }
}
