package dev.stride.testing;

import static dev.stride.testing.Management.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every service answers the same way: readiness covering the database and Kafka and metrics
 * on the management interface (and not on the public port), OpenAPI, and problem details for an
 * unknown path. A service's {@code @QuarkusTest} extends it.
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
}
