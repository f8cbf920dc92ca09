package dev.stride.progress.webhook;

import static dev.stride.testing.As.asAthlete;

/** An athlete connecting a webhook source, as they would through the API. */
final class Connect {
    private Connect() {
    }

    /** Connects {@code athleteId} to {@code source} under the user id {@code "user-of-" + athleteId}; returns the athlete. */
    static String connected(String athleteId, String source) {
        asAthlete(athleteId).contentType("application/json").body("{\"userId\":\"" + userOf(athleteId) + "\"}")
                .put("/athletes/{id}/connections/{source}", athleteId, source).then().statusCode(201);
        return athleteId;
    }

    static String userOf(String athleteId) {
        return "user-of-" + athleteId;
    }
}
