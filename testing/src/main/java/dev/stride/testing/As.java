package dev.stride.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** A request by one kind of caller, with its real signed token ({@link Tokens}): {@code asPlatform().get(...)}. */
public final class As {
    private As() {
    }

    public static RequestSpecification asAthlete(String athleteId) {
        return given().auth().oauth2(Tokens.athlete(athleteId));
    }

    public static RequestSpecification asPlatform() {
        return given().auth().oauth2(Tokens.platform());
    }

    public static RequestSpecification asCatalogEditor() {
        return given().auth().oauth2(Tokens.catalogEditor());
    }
}
