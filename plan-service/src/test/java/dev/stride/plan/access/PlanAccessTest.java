package dev.stride.plan.access;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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
        String plan = planOfAthleteA();
        return new AccessMatrix()
                //                                                                       anon A    B    app+ app- platf editor
                .row("POST /plans", "plans:write", () -> Request.of("POST", "/plans").body(BODY), 401, 201, 403, 201, 403, 403, 403)
                .row("GET /athletes/{athleteId}/plans", "plans:read", () -> Request.of("GET", "/athletes/" + Callers.A + "/plans"),
                        401, 200, 403, 200, 403, 403, 403)
                .row("GET /plans/{id}", "plans:read", () -> Request.of("GET", "/plans/" + plan), 401, 200, 404, 200, 404, 404, 404)
                .row("GET /plans/{id}/calendar.ics", "plans:read", () -> Request.of("GET", "/plans/" + plan + "/calendar.ics"),
                        401, 200, 404, 200, 404, 404, 404)
                .row("DELETE /plans/{id}", "plans:write", () -> Request.of("DELETE", "/plans/" + plan),
                        401, 200, 404, 200, 403, 404, 404)
                .cells();
    }

    private static String planOfAthleteA() {
        CatalogEvents.publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> asAthlete(Callers.A).contentType(ContentType.JSON).body(BODY).post("/plans").then().extract(),
                        r -> r.statusCode() == 201).path("id");
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
