package dev.stride.webhook.subscription;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import dev.stride.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** An app's subscriptions: made only to endpoints Stride may reach, seen and changed only by that app. */
@QuarkusTest
class SubscriptionApiTest {
    private static final String URL = "http://127.0.0.1:9/hooks";

    @Test
    void anAppSubscribesAndSeesTheSecretOnce() {
        Webhooks.asApp().contentType(ContentType.JSON)
                .body(Webhooks.json(Map.of("url", URL, "eventTypes", List.of("set.completed", "plan.created"), "description", "coach")))
                .post("/webhook-subscriptions").then().statusCode(201)
                .header("Location", containsString("/webhook-subscriptions/"))
                .body("secret", startsWith("whsec_")).body("state", equalTo("ACTIVE"))
                .body("eventTypes", equalTo(List.of("set.completed", "plan.created"))).body("url", equalTo(URL));
        String id = Webhooks.subscribe(URL, "streak.extended").id();
        Webhooks.asApp().get("/webhook-subscriptions/" + id).then().statusCode(200).body("secret", nullValue());
        Webhooks.asApp().get("/webhook-subscriptions").then().statusCode(200).body("id", hasItem(id)).body("secret", not(hasItem(startsWith("whsec_"))));
    }

    @Test
    void anotherAppNeitherSeesNorChangesTheSubscription() {
        String id = Webhooks.subscribe(URL, "streak.extended").id();
        var other = Webhooks.asApp("another-app");
        other.get("/webhook-subscriptions/" + id).then().statusCode(404);
        Webhooks.asApp("another-app").get("/webhook-subscriptions").then().statusCode(200).body("id", not(hasItem(id)));
        for (String action : List.of("pause", "resume", "rotate-secret", "test")) {
            Webhooks.asApp("another-app").post("/webhook-subscriptions/" + id + "/" + action).then().statusCode(404);
        }
        Webhooks.asApp("another-app").get("/webhook-subscriptions/" + id + "/deliveries").then().statusCode(404);
        Webhooks.asApp("another-app").delete("/webhook-subscriptions/" + id).then().statusCode(404);
        Webhooks.asApp().get("/webhook-subscriptions/" + id).then().statusCode(200);
    }

    @Test
    void pausedAndResumed() {
        String id = Webhooks.subscribe(URL, "streak.extended").id();
        Webhooks.asApp().post("/webhook-subscriptions/" + id + "/pause").then().statusCode(200).body("state", equalTo("PAUSED"));
        Webhooks.asApp().post("/webhook-subscriptions/" + id + "/resume").then().statusCode(200).body("state", equalTo("ACTIVE"));
        Webhooks.asApp().delete("/webhook-subscriptions/" + id).then().statusCode(204);
        Webhooks.asApp().get("/webhook-subscriptions/" + id).then().statusCode(404);
    }

    @Test
    void endpointsInsideTheNetworkAreRefusedEvenWhereLoopbackIsAllowed() {
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://[fd00:ec2::254]/",
                "http://192.168.0.10:8080/", "http://user:pw@127.0.0.1/", "ftp://127.0.0.1/", "http://127.0.0.1/#f")) {
            refused(Map.of("url", url, "eventTypes", List.of("set.completed")), "url");
        }
    }

    @Test
    void eventTypesMustBeKnownAndNamedOnce() {
        refused(Map.of("url", URL, "eventTypes", List.of()), "eventTypes");
        refused(Map.of("url", URL, "eventTypes", List.of("set.completed", "set.exploded")), "eventTypes[1]");
        refused(Map.of("url", URL, "eventTypes", List.of("set.completed", "set.completed")), "eventTypes[1]");
        refused(Map.of("url", URL, "eventTypes", List.of("webhook.test")), "eventTypes[0]");
        refused(Map.of("url", URL, "eventTypes", List.of("set.completed"), "description", "x".repeat(257)), "description");
    }

    private static void refused(Map<String, Object> body, String field) {
        Webhooks.asApp().contentType(ContentType.JSON).body(Webhooks.json(body)).post("/webhook-subscriptions").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }
}
