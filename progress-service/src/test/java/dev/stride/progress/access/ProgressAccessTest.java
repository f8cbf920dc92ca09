package dev.stride.progress.access;

import static dev.stride.testing.As.asPlatform;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import dev.stride.testing.Tokens;
import dev.stride.testing.access.AccessMatrix;
import dev.stride.testing.access.AccessMatrix.Request;
import dev.stride.testing.access.Callers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what with progress ({@link ProgressAccess}): athlete A's progress, sets and
 * connections, tried by every caller. The platform reads and posts for any athlete but does not
 * connect sources for them; only the source's own app (test-app's is the app of the matrix) links a
 * user id; editors are athletes like any other.
 */
@QuarkusTest
class ProgressAccessTest {
    private static final String ATHLETE = "/athletes/" + Callers.A;
    private static final String SET = """
            {"eventId": "%s", "exerciseId": "6f2b8f8e-2f7a-4a39-9d7e-3f0c2b9a1e55", "completedAt": "2026-03-04T07:30:00Z",
             "timeZone": "UTC", "reps": 5, "loadKg": 20}""";
    private static final String VOIDED = "access-voided-" + UUID.randomUUID();
    private static final String STRONG_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
    private static String importOfA;
    private static final String CONNECTION = "{\"userId\": \"ana-at-test-app\"}";

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryCaller() {
        athleteAHasProgressAndAConnection();
        return new AccessMatrix()
                //                                                                    anon A    B    app+ app- platf editor
                .row("GET /athletes/{athleteId}/summary", "progress:read", () -> Request.of("GET", ATHLETE + "/summary"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/streaks", "progress:read", () -> Request.of("GET", ATHLETE + "/streaks"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/volume", "progress:read",
                        () -> Request.of("GET", ATHLETE + "/volume?from=2026-03-02&to=2026-03-08"), 401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/records", "progress:read", () -> Request.of("GET", ATHLETE + "/records"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/adherence (no such plan)", "progress:read",
                        () -> Request.of("GET", ATHLETE + "/adherence?planId=" + UUID.randomUUID()), 401, 404, 403, 404, 403, 404, 403)
                .row("POST /athletes/{athleteId}/sets", "sets:write",
                        () -> Request.of("POST", ATHLETE + "/sets").body(SET.formatted("access-" + UUID.randomUUID())),
                        401, 202, 403, 202, 403, 202, 403)
                .row("GET /athletes/{athleteId}/sets", "progress:read", () -> Request.of("GET", ATHLETE + "/sets"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/changes", "progress:read", () -> Request.of("GET", ATHLETE + "/changes"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/sessions", "progress:read", () -> Request.of("GET", ATHLETE + "/sessions"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("DELETE /athletes/{athleteId}/sets/{eventId}", "sets:write",
                        () -> Request.of("DELETE", ATHLETE + "/sets/" + VOIDED), 401, 202, 403, 202, 403, 202, 403)
                .row("GET /athletes/{athleteId}/sessions/{sessionId}", "progress:read",
                        () -> Request.of("GET", ATHLETE + "/sessions/started-2026-03-04T07:30:00Z"), 401, 200, 403, 200, 403, 200, 403)
                .row("POST /athletes/{athleteId}/imports", "sets:write", () -> Request.of("POST", ATHLETE + "/imports?timeZone=UTC")
                        .header("Content-Type", "text/csv").body(STRONG_HEADER), 401, 202, 403, 202, 403, 202, 403)
                .row("GET /athletes/{athleteId}/imports/{jobId}", "progress:read",
                        () -> Request.of("GET", ATHLETE + "/imports/" + importOfA), 401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/sets.csv", "progress:read", () -> Request.of("GET", ATHLETE + "/sets.csv"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/export", "account:manage", () -> Request.of("GET", ATHLETE + "/export"),
                        401, 200, 403, 200, 403, 200, 403)
                .row("GET /athletes/{athleteId}/connections", "connections:write", () -> Request.of("GET", ATHLETE + "/connections"),
                        401, 200, 403, 200, 403, 403, 403)
                .row("PUT /athletes/{athleteId}/connections/{source}", "connections:write",
                        () -> Request.of("PUT", ATHLETE + "/connections/test-app").body(CONNECTION), 401, 403, 403, 200, 403, 403, 403)
                .row("DELETE /athletes/{athleteId}/connections/{source}", "connections:write",
                        () -> Request.of("DELETE", ATHLETE + "/connections/test-app"), 401, 204, 403, 204, 403, 403, 403)
                .cells();
    }

    private static void athleteAHasProgressAndAConnection() {
        asPlatform().contentType("application/json").body("[" + SET.formatted(VOIDED) + "," + SET.formatted("access-kept-" + UUID.randomUUID()) + "]")
                .post(ATHLETE + "/sets").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get(ATHLETE + "/sets/")
                .then().statusCode(200).body("sets.eventId", hasItem(VOIDED)));
        importOfA = asPlatform().contentType("text/csv").body(STRONG_HEADER).post(ATHLETE + "/imports?timeZone=UTC")
                .then().statusCode(202).extract().path("jobId");
        given().auth().oauth2(Tokens.app(Callers.A, "connections:write")).contentType("application/json").body(CONNECTION)
                .put(ATHLETE + "/connections/test-app").then().statusCode(anyOf(is(200), is(201)));
    }
}
