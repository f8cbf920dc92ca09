package dev.stride.testing;

import static dev.stride.testing.Management.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * What every service answers the same way: readiness covering the database and Kafka and metrics
 * on the management interface (and not on the public port), OpenAPI declaring the OpenID Connect
 * scheme on every operation but the signed webhooks, and problem details for an unknown path. A
 * service's {@code @QuarkusTest} extends it.
 */
public abstract class StandardEndpointsTest {

    @Test
    void isReadyWithDatabaseAndKafka() {
        management().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesOpenApiAndMetrics() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
        management().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void unknownPathIsProblemDetails() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void openApiDeclaresTheOpenIdConnectSchemeOnEveryOperationButTheSignedWebhooks() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        assertEquals("openIdConnect", document.at("/components/securitySchemes/stride/type").asText());
        assertEquals(true, document.at("/components/securitySchemes/stride/openIdConnectUrl").asText()
                .endsWith("/realms/stride/.well-known/openid-configuration"));
        List<String> unsecured = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            boolean secured = operation.getValue().path("security").findValues("stride").size() > 0;
            if (!secured && !path.getKey().startsWith("/webhooks/")) {
                unsecured.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), unsecured);
    }
}
