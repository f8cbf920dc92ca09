package dev.stride.webhook.access;

import java.util.stream.Stream;

import dev.stride.testing.Tokens;
import dev.stride.testing.access.AccessMatrix;
import dev.stride.testing.access.AccessMatrix.Request;
import dev.stride.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Only an app holding webhooks:manage manages subscriptions, and only its own (the matrix's app is the subscription's owner). */
@QuarkusTest
class WebhookAccessTest {
    private static final String SCOPE = Webhooks.WEBHOOKS_MANAGE;
    private static final String NEW = "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"streak.broken\"]}";

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryCaller() {
        String id = Webhooks.subscribe("http://127.0.0.1:9/hook", "streak.broken").id();
        String base = "/webhook-subscriptions/" + id;
        String delivery = Webhooks.asApp().post(base + "/test").then().statusCode(202).extract().header("Location");
        return new AccessMatrix()
                //                                                                       anon A    B    app+ app- platf editor
                .row("POST /webhook-subscriptions", SCOPE, () -> Request.of("POST", "/webhook-subscriptions").body(NEW), 401, 403, 403, 201, 403, 403, 403)
                .row("GET /webhook-subscriptions", SCOPE, () -> Request.of("GET", "/webhook-subscriptions"), 401, 403, 403, 200, 403, 403, 403)
                .row("GET /webhook-subscriptions/{id}", SCOPE, () -> Request.of("GET", base), 401, 403, 403, 200, 403, 403, 403)
                .row("POST /webhook-subscriptions/{id}/pause", SCOPE, () -> Request.of("POST", base + "/pause"), 401, 403, 403, 200, 403, 403, 403)
                .row("POST /webhook-subscriptions/{id}/resume", SCOPE, () -> Request.of("POST", base + "/resume"), 401, 403, 403, 200, 403, 403, 403)
                .row("POST /webhook-subscriptions/{id}/rotate-secret", SCOPE, () -> Request.of("POST", base + "/rotate-secret"),
                        401, 403, 403, 200, 403, 403, 403)
                .row("POST /webhook-subscriptions/{id}/test", SCOPE, () -> Request.of("POST", base + "/test"), 401, 403, 403, 202, 403, 403, 403)
                .row("GET /webhook-subscriptions/{id}/deliveries", SCOPE, () -> Request.of("GET", base + "/deliveries"),
                        401, 403, 403, 200, 403, 403, 403)
                .row("GET /webhook-subscriptions/{id}/deliveries/{deliveryId}", SCOPE, () -> Request.of("GET", delivery),
                        401, 403, 403, 200, 403, 403, 403)
                .row("POST /webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver", SCOPE, () -> Request.of("POST", delivery + "/redeliver"),
                        401, 403, 403, 202, 403, 403, 403)
                .row("DELETE /webhook-subscriptions/{id}", SCOPE, () -> Request.of("DELETE", "/webhook-subscriptions/"
                        + Webhooks.subscribeAs(Tokens.THIRD_PARTY_APP, "http://127.0.0.1:9/hook", "streak.broken").id()),
                        401, 403, 403, 204, 403, 403, 403)
                .cells();
    }
}
