package dev.stride.progress.webhook;

import static io.restassured.RestAssured.given;

import dev.stride.testing.Tokens;

/** The source's app (demo-coach-app is test-app's) connecting an athlete who granted it connections:write. */
final class Connect {
    private Connect() {
    }

    /** Connects {@code athleteId} to {@code source} under the user id {@code "user-of-" + athleteId}; returns the athlete. */
    static String connected(String athleteId, String source) {
        given().auth().oauth2(Tokens.app(athleteId, "connections:write")).contentType("application/json").body("{\"userId\":\"" + userOf(athleteId) + "\"}")
                .put("/athletes/{id}/connections/{source}", athleteId, source).then().statusCode(201);
        return athleteId;
    }

    static String userOf(String athleteId) {
        return "user-of-" + athleteId;
    }
}
