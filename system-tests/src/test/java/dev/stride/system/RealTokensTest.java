package dev.stride.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.stride.stack.StrideRealm;
import dev.stride.stack.StrideStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The system as {@code ./stride} runs it ({@link TheSystem}), called with
 * tokens from Keycloak's own token endpoint: ana and the editor edie through the first-party app,
 * the platform through client credentials, the demo coach app through ana's login and consent, and the
 * same app acting for itself (client credentials) on its webhook subscriptions.
 */
@ExtendWith(TheSystem.class)
class RealTokensTest {
    private static final Path ROOT = TheSystem.ROOT;
    private static final StrideRealm REALM = TheSystem.REALM;
    private static final StrideStack STACK = TheSystem.stack();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String ANA = REALM.idOf("ana");
    private static final String BEN = REALM.idOf("ben");
    /** What each service serves ana, and refuses without a valid token. */
    private static final Map<String, String> ANAS_RESOURCE = Map.of(
            "catalog-service", "/exercises",
            "plan-service", "/athletes/" + ANA + "/plans",
            "progress-service", "/athletes/" + ANA + "/summary");
    private static final String SET = """
            {"eventId": "%s", "exerciseId": "%s", "completedAt": "2026-03-04T07:30:00-05:00",
             "timeZone": "America/New_York", "reps": 5, "loadKg": 20}""";

    private static final String EXERCISE = """
            {"slug": "%s", "name": "Goblet Squat %s", "summary": "A squat holding a weight at the chest.",
             "instructions": ["Hold the weight at your chest.", "Squat down and stand up."], "cues": ["Chest up."],
             "primaryMuscles": ["QUADRICEPS", "GLUTES"], "secondaryMuscles": ["ABDOMINALS"], "category": "STRENGTH",
             "equipment": ["KETTLEBELL"], "laterality": "BILATERAL", "measurement": "REPS_WITH_LOAD",
             "prescription": {"setsMin": 3, "setsMax": 4, "repsMin": 8, "repsMax": 10, "perSide": false, "restSeconds": 90},
             "difficulty": "BEGINNER", "progressions": [{"description": "Use a heavier kettlebell."}],
             "runnerBenefits": "Strong quads absorb landing forces."}""";

    private static String anasToken;
    private static String platformToken;
    private static String editorToken;
    private static TokenEndpoint tokens;

    @BeforeAll
    static void signIn() throws Exception {
        tokens = new TokenEndpoint(HTTP, STACK.keycloak().tokenEndpoint());
        anasToken = tokens.password("stride-web", "ana", "ana");
        platformToken = tokens.clientCredentials("stride-platform", REALM.secretOf("stride-platform"));
        editorToken = tokens.password("stride-web", "edie", "edie");
    }

    @Test
    void theCatalogServesASignedInAthleteAndNoAnonymousCaller() throws Exception {
        assertEquals(200, get("catalog-service", "/exercises", anasToken));
        assertEquals(401, get("catalog-service", "/exercises", null));
    }

    @Test
    void planServiceServesAnAthleteHerPlansAndNoAnonymousCaller() throws Exception {
        assertEquals(200, get("plan-service", "/athletes/" + ANA + "/plans", anasToken));
        assertEquals(401, get("plan-service", "/athletes/" + ANA + "/plans", null));
    }

    @Test
    void anAthleteSeesHerOwnSummaryNotAnothersAndThePlatformSeesHers() throws Exception {
        anaHasASet();
        assertEquals(403, get("progress-service", "/athletes/" + BEN + "/summary", anasToken));
        assertEquals(200, get("progress-service", "/athletes/" + ANA + "/summary", platformToken));
    }

    @Test
    void aThirdPartyAppReadsWithTheScopeTheAthleteGrantedAndDoesNothingElse() throws Exception {
        anaHasASet();
        String coach = coachToken("ana", "progress:read");

        assertEquals(200, get("progress-service", "/athletes/" + ANA + "/summary", coach));
        assertEquals(403, post("progress-service", "/athletes/" + ANA + "/sets", coach,
                SET.formatted(UUID.randomUUID(), UUID.randomUUID())));
        assertEquals(403, get("plan-service", "/athletes/" + ANA + "/plans", coach));
        assertEquals(403, get("progress-service", "/athletes/" + BEN + "/summary", coach));
    }

    @Test
    void onlyTheCatalogEditorWritesTheCatalog() throws Exception {
        String slug = "real-token-" + UUID.randomUUID().toString().substring(0, 8);
        String exercise = EXERCISE.formatted(slug, slug);
        assertEquals(403, post("catalog-service", "/exercises", anasToken, exercise));
        assertEquals(403, post("catalog-service", "/exercises", platformToken, exercise));
        assertEquals(201, post("catalog-service", "/exercises", editorToken, exercise));
    }

    @Test
    void anAppManagesItsWebhooksWithItsOwnTokenAndTheScopeItAskedForAndNoOtherCallerDoes() throws Exception {
        String secret = REALM.secretOf("demo-coach-app");
        assertEquals(200, get("webhook-service", "/webhook-subscriptions",
                tokens.clientCredentials("demo-coach-app", secret, "webhooks:manage")));
        assertEquals(403, get("webhook-service", "/webhook-subscriptions", tokens.clientCredentials("demo-coach-app", secret)));
        assertEquals(403, get("webhook-service", "/webhook-subscriptions", anasToken));
        assertEquals(403, get("webhook-service", "/webhook-subscriptions", platformToken));
        assertEquals(401, get("webhook-service", "/webhook-subscriptions", "garbage"));
    }

    /** A summary exists once its athlete has a set: ana records one with her own token, and it is counted. */
    private static void anaHasASet() throws IOException, InterruptedException {
        assertEquals(202, post("progress-service", "/athletes/" + ANA + "/sets", anasToken,
                SET.formatted(UUID.randomUUID(), UUID.randomUUID())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("progress-service", "/athletes/" + ANA + "/summary", anasToken), status -> status == 200);
    }

    /** The demo third-party app's token for {@code user}, through Keycloak's login and consent pages (identity/coach-token.sh). */
    private static String coachToken(String user, String scopes) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", ROOT.resolve("identity/coach-token.sh").toString(), user, scopes)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("STRIDE_ISSUER", STACK.keycloak().issuer());
        Process script = builder.start();
        script.getOutputStream().close();
        String token = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, script.waitFor(), "coach-token.sh failed");
        return token;
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "plan-service", "progress-service"})
    void aBearerTokenThatIsNoTokenAtAllIsRefused(String service) throws Exception {
        assertEquals(401, get(service, ANAS_RESOURCE.get(service), "garbage"));
    }

    private static int get(String service, String path, String token) throws IOException, InterruptedException {
        return send(request(service, path, token).GET());
    }

    private static int post(String service, String path, String token, String json) throws IOException, InterruptedException {
        return send(request(service, path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String service, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(STACK.service(service).url(path)))
                .timeout(Duration.ofSeconds(10));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
