package dev.stride.testing.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import dev.stride.testing.Tokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every service does the same way at its edge: a token it must not trust (none, not a JWT,
 * expired, from another issuer, for another audience, signed by a key the issuer never published)
 * is 401 problem details with {@code WWW-Authenticate: Bearer}; a client past its budget is 429 with
 * {@code Retry-After} and the RateLimit fields. A service's {@code @QuarkusTest} extends it and
 * names one protected path that athlete A may read.
 */
public abstract class AccessEdgeTest {

    /** A GET that athlete A's valid token is allowed. */
    protected abstract String protectedPath();

    /** A valid token of {@code client} that may read {@link #protectedPath()}: by default, acting for athlete A with every scope. */
    protected String allowedToken(String client) {
        return Tokens.appNamed(client, Callers.A);
    }

    @TestFactory
    Stream<DynamicTest> untrustedTokensAre401() {
        Map<String, String> tokens = Map.of(
                "garbage", "garbage",
                "three dots", "a.b.c",
                "expired", Tokens.expired(Callers.A),
                "another issuer", Tokens.otherIssuer(Callers.A),
                "another audience", Tokens.otherAudience(Callers.A),
                "forged signature", Tokens.forged(Callers.A));
        Stream<DynamicTest> bad = tokens.entrySet().stream().map(token -> DynamicTest.dynamicTest(token.getKey(), () ->
                given().header("Authorization", "Bearer " + token.getValue()).when().get(protectedPath())
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                        .body("status", equalTo(401))));
        Stream<DynamicTest> none = Stream.of(DynamicTest.dynamicTest("no token", () ->
                given().when().get(protectedPath()).then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", equalTo("Bearer realm=\"stride\""))));
        Stream<DynamicTest> valid = Stream.of(DynamicTest.dynamicTest("valid token", () ->
                given().header("Authorization", "Bearer " + allowedToken(Tokens.FIRST_PARTY_APP)).when().get(protectedPath())
                        .then().statusCode(200)));
        return Stream.of(none, bad, valid).flatMap(s -> s);
    }

    /** The test profile gives client {@code rate-limited-app} 3 requests a minute (access' configuration). */
    @Test
    void aClientPastItsBudgetIsRefusedWith429UntilTheWindowEnds() {
        String token = "Bearer " + allowedToken("rate-limited-app");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("Authorization", token).when().get(protectedPath()).then().statusCode(200)
                    .header("RateLimit-Policy", "\"per-client\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"per-client\";r=" + remaining + ";t=\\d+"));
        }
        Response refused = given().header("Authorization", token).when().get(protectedPath());
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .header("RateLimit", matchesPattern("\"per-client\";r=0;t=\\d+"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        given().header("Authorization", "Bearer " + allowedToken(Tokens.FIRST_PARTY_APP)).when().get(protectedPath())
                .then().statusCode(200);
    }
}
