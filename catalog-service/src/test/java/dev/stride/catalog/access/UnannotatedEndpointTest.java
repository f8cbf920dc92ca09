package dev.stride.catalog.access;

import static dev.stride.testing.As.asCatalogEditor;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** quarkus.security.jaxrs.deny-unannotated-endpoints, shipped in access' configuration, still applies. */
@QuarkusTest
class UnannotatedEndpointTest {

    @Test
    void anEndpointWithoutASecurityAnnotationIsRefusedEvenToTheMostPrivilegedCaller() {
        given().get("/test-only/unannotated").then().statusCode(401);
        asCatalogEditor().get("/test-only/unannotated").then().statusCode(403).contentType("application/problem+json");
    }
}
