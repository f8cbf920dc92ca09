package dev.stride.webhook;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/** What an app reads back about its subscription: the delivery log and the subscription itself. */
public final class Subscriptions {
    private Subscriptions() {
    }

    /** The delivery log, newest first. */
    public static List<Map<String, Object>> deliveries(String subscription) {
        return Webhooks.asApp().get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The log once {@code until} holds of it. */
    public static List<Map<String, Object>> deliveriesOnce(String subscription, Predicate<List<Map<String, Object>>> until) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(subscription), until);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }

    public static JsonPath subscription(String subscription) {
        return Webhooks.asApp().get("/webhook-subscriptions/" + subscription).then().statusCode(200).extract().jsonPath();
    }
}
