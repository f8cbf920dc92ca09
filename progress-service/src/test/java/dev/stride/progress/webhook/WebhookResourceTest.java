package dev.stride.progress.webhook;

import static dev.stride.testing.As.asPlatform;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.webhooks.WebhookSignature;
import dev.stride.testing.PinnedClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookResourceTest {
    private static final WebhookSignature SECRET =
            new WebhookSignature("whsec_c3RyaWRlLXRlc3Qtd2ViaG9vay1zZWNyZXQtMDEyMzQ1");
    private static final String BODY = """
            {"type": "set.completed", "timestamp": "2026-03-04T12:00:00Z", "data": [
              {"athleteId": "%1$s", "exerciseId": "%2$s", "completedAt": "2026-03-04T12:00:00Z", "timeZone": "UTC", "durationSeconds": 30, "side": "BOTH"},
              {"athleteId": "%1$s", "exerciseId": "%2$s", "completedAt": "2026-03-04T12:05:00Z", "timeZone": "UTC", "durationSeconds": 45}]}""";
    private static final String WRONG_SIGNATURE = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

    @Test
    void aRedeliveredWebhookIsAcknowledgedAndCountedOnce() {
        String athlete = Connect.connected("hook-" + UUID.randomUUID(), "test-app");
        String body = BODY.formatted(athlete, UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = PinnedClock.now().getEpochSecond();
        signed(id, now, body).post("/webhooks/test-app").then().statusCode(202).body("accepted", equalTo(2));
        signed(id, now, body).post("/webhooks/test-app").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicateOf", equalTo(id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asPlatform()
                .get("/athletes/{id}/volume?from=2026-03-04&to=2026-03-04", athlete)
                .then().statusCode(200)
                .body("buckets[0].total.sets", equalTo(2))
                .body("buckets[0].total.holdSeconds", equalTo(105)));
    }

    @Test
    void anUnknownSourceAnswersExactlyLikeABadSignature() throws IOException {
        String body = BODY.formatted("hook-" + UUID.randomUUID(), UUID.randomUUID());
        long now = PinnedClock.now().getEpochSecond();
        JsonNode badSignature = problem(delivery("msg_1", now, body, WRONG_SIGNATURE).post("/webhooks/test-app"));
        assertEquals(badSignature, problem(signed("msg_2", now, body).post("/webhooks/nobody")));
        assertEquals(badSignature, problem(signed("msg_3", now - 301, body).post("/webhooks/test-app")));
        assertEquals(badSignature, problem(given().contentType("application/json").body(body).post("/webhooks/test-app")));
    }

    @Test
    void refusesOverflowingTimestampsOverlongIdsAndLargeBodies() {
        String athlete = Connect.connected("hook-" + UUID.randomUUID(), "test-app");
        String body = BODY.formatted(athlete, UUID.randomUUID());
        long now = PinnedClock.now().getEpochSecond();
        signed("msg_4", now + Long.MIN_VALUE, body).post("/webhooks/test-app").then().statusCode(401);
        signed("m".repeat(129), now, body).post("/webhooks/test-app").then().statusCode(400)
                .body("errors[0].field", equalTo("webhook-id"));
        String large = body + " ".repeat(WebhookReceiver.MAX_BODY_BYTES);
        signed("msg_5", now, large).post("/webhooks/test-app").then().statusCode(413);
        asPlatform().get("/athletes/{id}/summary", athlete).then().statusCode(404);
    }

    /** The 401 problem without its {@code instance}, the one field that may differ. */
    private static JsonNode problem(Response response) throws IOException {
        response.then().statusCode(401).contentType("application/problem+json");
        ObjectNode problem = (ObjectNode) EventJson.mapper().readTree(response.asByteArray());
        problem.remove("instance");
        return problem;
    }

    private static RequestSpecification signed(String id, long timestamp, String body) {
        return delivery(id, timestamp, body, SECRET.sign(id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static RequestSpecification delivery(String id, long timestamp, String body, String signature) {
        return given().contentType("application/json").body(body)
                .header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signature);
    }
}
