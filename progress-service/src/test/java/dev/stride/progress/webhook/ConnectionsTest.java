package dev.stride.progress.webhook;

import static dev.stride.testing.As.asAthlete;
import static dev.stride.testing.As.asPlatform;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.stride.contracts.webhooks.WebhookSignature;
import dev.stride.testing.PinnedClock;
import dev.stride.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A webhook source posts only for athletes its app connected, naming them by its own user id or by theirs. */
@QuarkusTest
class ConnectionsTest {
    private static final WebhookSignature TEST_APP = new WebhookSignature("whsec_c3RyaWRlLXRlc3Qtd2ViaG9vay1zZWNyZXQtMDEyMzQ1");
    private static final String BY_USER_ID = """
            {"type": "set.completed", "data": {"userId": "%s", "exerciseId": "%s", "completedAt": "2026-03-04T12:00:00Z",
             "timeZone": "UTC", "reps": 5}}""";
    private static final String BY_ATHLETE_ID = """
            {"type": "set.completed", "data": {"athleteId": "%s", "exerciseId": "%s", "completedAt": "2026-03-04T12:00:00Z",
             "timeZone": "UTC", "reps": 5}}""";

    @Test
    void aConnectedSourceNamesTheAthleteByItsOwnUserId() {
        String athlete = Connect.connected("conn-" + UUID.randomUUID(), "test-app");
        deliver(BY_USER_ID.formatted(Connect.userOf(athlete), UUID.randomUUID())).statusCode(202).body("accepted", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04", athlete)
                .then().statusCode(200).body("buckets[0].total.reps", equalTo(5)));
    }

    @Test
    void aWebhookForAnAthleteWhoDidNotConnectTheSourceIsRefusedAndNothingIsCounted() {
        String stranger = "conn-" + UUID.randomUUID();
        deliver(BY_ATHLETE_ID.formatted(stranger, UUID.randomUUID())).statusCode(403)
                .contentType("application/problem+json").body("errors.field", contains("data.athleteId"));
        deliver(BY_USER_ID.formatted("nobody-" + UUID.randomUUID(), UUID.randomUUID())).statusCode(403)
                .body("errors.field", contains("data.userId"));
        String connected = Connect.connected("conn-" + UUID.randomUUID(), "test-app");
        deliver(BY_ATHLETE_ID.formatted(connected, UUID.randomUUID())).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform().get("/athletes/{id}/summary", connected)
                .then().statusCode(200));
        asPlatform().get("/athletes/{id}/summary", stranger).then().statusCode(404);
    }

    @Test
    void unlinkingStopsTheSourceAtOnce() {
        String athlete = Connect.connected("conn-" + UUID.randomUUID(), "test-app");
        asAthlete(athlete).get("/athletes/{id}/connections", athlete).then().statusCode(200)
                .body("source", contains("test-app")).body("userId", contains(Connect.userOf(athlete)));
        asAthlete(athlete).delete("/athletes/{id}/connections/test-app", athlete).then().statusCode(204);
        deliver(BY_USER_ID.formatted(Connect.userOf(athlete), UUID.randomUUID())).statusCode(403);
        asAthlete(athlete).get("/athletes/{id}/connections", athlete).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void onlyTheSourcesOwnAppLinksAUserIdAndItBelongsToOneAthlete() {
        String first = Connect.connected("conn-" + UUID.randomUUID(), "test-app");
        String second = "conn-" + UUID.randomUUID();
        String taken = "{\"userId\":\"" + Connect.userOf(first) + "\"}";
        asAthlete(second).contentType("application/json").body(taken)
                .put("/athletes/{id}/connections/test-app", second).then().statusCode(403).body("type", equalTo("/problems/not-the-source"));
        given().auth().oauth2(Tokens.appNamed("another-app", second)).contentType("application/json").body(taken)
                .put("/athletes/{id}/connections/test-app", second).then().statusCode(403);
        asSourceApp(second).body(taken).put("/athletes/{id}/connections/test-app", second)
                .then().statusCode(409).contentType("application/problem+json");
        asSourceApp(second).body("{\"userId\":\"u\"}").put("/athletes/{id}/connections/nobody", second)
                .then().statusCode(404).contentType("application/problem+json");
        asSourceApp(second).body("{\"userId\":\"  \"}").put("/athletes/{id}/connections/test-app", second)
                .then().statusCode(400).body("errors.field", contains("userId"));
    }

    @Test
    void aDeliveryWithOneSetForAnUnconnectedAthleteIsRefusedWhole() {
        String connected = Connect.connected("conn-" + UUID.randomUUID(), "test-app");
        String stranger = "conn-" + UUID.randomUUID();
        String exercise = UUID.randomUUID().toString();
        String sets = "{\"type\": \"set.completed\", \"data\": [" + set(connected, exercise, "athleteId") + ","
                + set(stranger, exercise, "athleteId") + "]}";
        deliver(sets).statusCode(403).body("errors.field", contains("data[1].athleteId"));
        String mismatched = "{\"type\": \"set.completed\", \"data\": {\"userId\": \"" + Connect.userOf(connected)
                + "\", \"athleteId\": \"" + stranger + "\", \"exerciseId\": \"" + exercise
                + "\", \"completedAt\": \"2026-03-04T12:00:00Z\", \"timeZone\": \"UTC\", \"reps\": 5}}";
        deliver(mismatched).statusCode(400).body("errors.field", contains("data.athleteId"));
        String voided = "{\"type\": \"set.voided\", \"data\": {\"athleteId\": \"" + stranger
                + "\", \"voidedEventId\": \"x\", \"voidedAt\": \"2026-03-04T12:00:00Z\"}}";
        deliver(voided).statusCode(403).body("errors.field", contains("data.athleteId"));
        deliver(BY_ATHLETE_ID.formatted(connected, exercise)).statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04", connected)
                .then().statusCode(200).body("buckets[0].total.sets", equalTo(1)));
        asPlatform().get("/athletes/{id}/summary", stranger).then().statusCode(404);
    }

    private static String set(String athlete, String exercise, String field) {
        return "{\"" + field + "\": \"" + athlete + "\", \"exerciseId\": \"" + exercise
                + "\", \"completedAt\": \"2026-03-04T12:00:00Z\", \"timeZone\": \"UTC\", \"reps\": 5}";
    }

    private static RequestSpecification asSourceApp(String athlete) {
        return given().auth().oauth2(Tokens.app(athlete, "connections:write")).contentType("application/json");
    }

    private static ValidatableResponse deliver(String body) {
        String id = "msg_" + UUID.randomUUID();
        long now = PinnedClock.now().getEpochSecond();
        return given().contentType("application/json").body(body).header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(now))
                .header("webhook-signature", TEST_APP.sign(id, now, body.getBytes(StandardCharsets.UTF_8)))
                .post("/webhooks/test-app").then();
    }
}
