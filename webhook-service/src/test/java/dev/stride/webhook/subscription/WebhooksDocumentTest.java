package dev.stride.webhook.subscription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The API document tells an app what it will be sent: an OpenAPI 3.1 {@code webhooks} entry for every type it can subscribe to, and the test event. */
@QuarkusTest
class WebhooksDocumentTest {

    @Test
    void everyWebhookTypeIsDescribedInTheOpenApiDocument() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertTrue(document.getString("openapi").startsWith("3.1"), document.getString("openapi"));
        Map<String, Object> webhooks = document.getMap("webhooks");
        Set<String> expected = Arrays.stream(WebhookType.values()).map(WebhookType::webhookName).collect(Collectors.toCollection(TreeSet::new));
        expected.add(WebhookType.TEST);
        assertEquals(expected, new TreeSet<>(webhooks.keySet()));
    }
}
