package dev.stride.plan.access;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.plan.ArticleCatalog;
import dev.stride.plan.CatalogEvents;
import dev.stride.plan.plan.PlanBodies;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.access.AccessMatrix;
import dev.stride.testing.access.AccessMatrix.Request;
import dev.stride.testing.access.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what with plans ({@link PlanAccess}): athlete A's plan, tried by every caller. A plan
 * the caller may not read is 404, as if it did not exist; the platform and editors do not reach plans.
 */
@QuarkusTest
class PlanAccessTest {
    private static final String BODY = json();

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryCaller() {
        JsonPath created = planOfAthleteA();
        String plan = created.getString("id");
        String session = "/plans/" + plan + "/sessions/" + created.getString("schedule[0].sessions[1].sessionId");
        String sunday = LocalDate.parse(created.getString("schedule[0].sessions[1].date")).plusDays(2).toString();
        return new AccessMatrix()
                //                                                                       anon A    B    app+ app- platf editor
                .row("POST /plans", "plans:write", () -> Request.of("POST", "/plans").body(BODY), 401, 201, 403, 201, 403, 403, 403)
                .row("GET /athletes/{athleteId}/plans", "plans:read", () -> Request.of("GET", "/athletes/" + Callers.A + "/plans"),
                        401, 200, 403, 200, 403, 403, 403)
                .row("GET /plans/{id}", "plans:read", () -> Request.of("GET", "/plans/" + plan), 401, 200, 404, 200, 404, 404, 404)
                .row("GET /plans/{id}/calendar.ics", "plans:read", () -> Request.of("GET", "/plans/" + plan + "/calendar.ics"),
                        401, 200, 404, 200, 404, 404, 404)
                // Whoever gets through: the first move is 200, the same move again changes nothing; skipping again neither.
                .row("POST /plans/{id}/sessions/{sessionId}/move", "plans:write", () -> Request.of("POST", session + "/move")
                        .body("{\"date\":\"" + sunday + "\"}"), 401, 200, 404, 200, 403, 404, 404)
                .row("POST /plans/{id}/sessions/{sessionId}/skip", "plans:write", () -> Request.of("POST", session + "/skip"),
                        401, 200, 404, 200, 403, 404, 404)
                // The swap is of an exercise that is not in the session: 422 for whoever may edit.
                .row("POST /plans/{id}/sessions/{sessionId}/swap", "plans:write", () -> Request.of("POST", session + "/swap")
                        .body("{\"exerciseId\":\"" + UUID.randomUUID() + "\",\"alternativeId\":\"" + UUID.randomUUID() + "\"}"),
                        401, 422, 404, 422, 403, 404, 404)
                .row("DELETE /plans/{id}", "plans:write", () -> Request.of("DELETE", "/plans/" + plan),
                        401, 200, 404, 200, 403, 404, 404)
                .cells();
    }

    private static JsonPath planOfAthleteA() {
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> asAthlete(Callers.A).contentType(ContentType.JSON).body(BODY).post("/plans").then().extract(),
                        r -> r.statusCode() == 201).jsonPath();
    }

    private static String json() {
        try {
            return new ObjectMapper()
                    .writeValueAsString(PlanBodies.typical(Callers.A, PinnedClock.today().plusDays(7), 4));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
