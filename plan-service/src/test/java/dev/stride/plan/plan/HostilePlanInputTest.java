package dev.stride.plan.plan;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Sql;
import dev.stride.testing.Tokens;
import dev.stride.testing.hostile.Door;
import dev.stride.testing.hostile.HostileInputTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Every operation of the plans API, tried with hostile input (see {@link HostileInputTest}). */
@QuarkusTest
class HostilePlanInputTest extends HostileInputTest {
    private static final String ATHLETE = "hostile-" + UUID.randomUUID();
    private static final String BODY = json(PlanBodies.typical(ATHLETE, PinnedClock.today().plusDays(7), 8));
    private static JsonPath plan;

    @Inject
    AgroalDataSource dataSource;

    /** Created on first use: RestAssured knows the service's port only once a test runs. */
    private static synchronized JsonPath plan() {
        if (plan != null) {
            return plan;
        }
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
        plan = await().atMost(Duration.ofSeconds(20))
                .until(() -> asAthlete(ATHLETE).contentType(ContentType.JSON).body(BODY).post("/plans").then().extract(),
                        r -> r.statusCode() == 201).jsonPath();
        return plan;
    }

    @Override
    protected List<Door> doors() {
        String id = plan().getString("id");
        String athlete = Tokens.athlete(ATHLETE);
        String swappable = "schedule.sessions.flatten().find { s -> s.exercises.any { it.alternatives.size() > 0 } }";
        String exercise = swappable + ".exercises.find { it.alternatives.size() > 0 }";
        return List.of(
                Door.of("POST /plans/{id}/sessions/{sessionId}/move").path("id", id).path("sessionId", session(1))
                        .body(json(Map.of("date", LocalDate.parse(plan().getString("schedule[0].sessions[1].date")).plusDays(2).toString())))
                        .as(athlete),
                Door.of("POST /plans/{id}/sessions/{sessionId}/swap").path("id", id).path("sessionId", plan().getString(swappable + ".sessionId"))
                        .body(json(Map.of("exerciseId", plan().getString(exercise + ".exerciseId"),
                                "alternativeId", plan().getString(exercise + ".alternatives[0].exerciseId")))).as(athlete),
                Door.of("POST /plans/{id}/sessions/{sessionId}/skip").path("id", id).path("sessionId", session(0)).as(athlete),
                Door.of("POST /plans").body(BODY).as(athlete),
                Door.of("GET /plans/{id}").path("id", id).as(athlete),
                Door.of("DELETE /plans/{id}").path("id", id).as(athlete),
                Door.of("GET /plans/{id}/calendar.ics").path("id", id).as(athlete),
                Door.of("GET /athletes/{athleteId}/plans").path("athleteId", ATHLETE).as(athlete));
    }

    @Override
    protected long footprint() throws SQLException {
        return Sql.number(dataSource, "SELECT (SELECT count(*) + coalesce(sum(version), 0) FROM plan)"
                + " + (SELECT last_value FROM outbox_message_id_seq)");
    }

    private static String session(int index) {
        return plan().getString("schedule[0].sessions[" + index + "].sessionId");
    }

    private static String json(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
