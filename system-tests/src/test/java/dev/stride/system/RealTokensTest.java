package dev.stride.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.stride.stack.StrideRealm;
import dev.stride.stack.StrideStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The system as {@code ./stride} runs it — PostgreSQL, Kafka, the real Keycloak with the stride realm,
 * the three services' built jars — on free ports with its data under {@code target/}, called with
 * tokens from Keycloak's own token endpoint: ana through the first-party app, the platform through
 * client credentials.
 */
class RealTokensTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final StrideRealm REALM = StrideRealm.of(ROOT);
    private static final StrideStack STACK = StrideStack.throwaway(ROOT, Path.of("target", "stack").toAbsolutePath());
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

    private static String anasToken;
    private static String platformToken;

    @BeforeAll
    static void startTheSystemAndSignIn() throws Exception {
        long started = System.nanoTime();
        STACK.start();
        System.out.printf("System up in %.1f s (logs in %s)%n", (System.nanoTime() - started) / 1e9, STACK.home().resolve("logs"));
        TokenEndpoint tokens = new TokenEndpoint(HTTP, STACK.keycloak().tokenEndpoint());
        anasToken = tokens.password("stride-web", "ana", "ana");
        platformToken = tokens.clientCredentials("stride-platform", REALM.secretOf("stride-platform"));
    }

    @AfterAll
    static void stopTheSystem() {
        STACK.stop();
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
        // A summary exists once its athlete has a set: ana records one with her own token first.
        assertEquals(202, post("progress-service", "/athletes/" + ANA + "/sets", anasToken,
                SET.formatted(UUID.randomUUID(), UUID.randomUUID())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("progress-service", "/athletes/" + ANA + "/summary", anasToken), status -> status == 200);

        assertEquals(403, get("progress-service", "/athletes/" + BEN + "/summary", anasToken));
        assertEquals(200, get("progress-service", "/athletes/" + ANA + "/summary", platformToken));
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
