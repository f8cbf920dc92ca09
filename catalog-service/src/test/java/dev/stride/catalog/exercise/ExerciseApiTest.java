package dev.stride.catalog.exercise;

import static dev.stride.catalog.exercise.ExerciseFixtures.gobletSquat;
import static dev.stride.catalog.exercise.ExerciseFixtures.uniqueSlug;
import static dev.stride.testing.As.asCatalogEditor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseApiTest {

    static ValidatableResponse post(Map<String, Object> body) {
        return asCatalogEditor().contentType(ContentType.JSON).body(body).when().post("/exercises").then();
    }

    @Test
    void createsAnExerciseAndServesItByIdAndBySlugWithItsVersionAsETag() {
        String slug = uniqueSlug("goblet");
        String id = post(gobletSquat(slug)).statusCode(201)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("status", equalTo("ACTIVE")).body("slug", equalTo(slug))
                .extract().path("id");
        asCatalogEditor().get("/exercises/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("prescription.setsMax", equalTo(4)).body("equipment", containsInAnyOrder("KETTLEBELL"));
        asCatalogEditor().get("/exercises/" + slug).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void answersCreationWithTheLocationOfTheNewExercise() {
        String location = post(gobletSquat(uniqueSlug("located"))).statusCode(201).extract().header("Location");
        asCatalogEditor().get(location).then().statusCode(200).body("id", notNullValue());
        assertThat(location, containsString("/exercises/"));
    }

    @Test
    void makesTheSlugFromTheNameWhenNoneIsGiven() {
        Map<String, Object> body = gobletSquat("ignored");
        body.remove("slug");
        body.put("name", "Côte Step-Up " + uniqueSlug("x").substring(2));
        post(body).statusCode(201).body("slug", startsWith("cote-step-up-"));
    }

    @Test
    void updatesWithMatchingIfMatchAndRefusesAStaleOrMissingOne() {
        String slug = uniqueSlug("updated");
        String id = post(gobletSquat(slug)).statusCode(201).extract().path("id");
        Map<String, Object> changed = gobletSquat(slug);
        changed.put("notes", "Heavier now.");
        asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put("/exercises/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2)).body("notes", equalTo("Heavier now."));
        asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put("/exercises/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("version-mismatch"));
        asCatalogEditor().contentType(ContentType.JSON).body(changed).put("/exercises/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        asCatalogEditor().get("/exercises/" + id).then().body("version", equalTo(2));
    }

    @Test
    void retiresInsteadOfDeleting() {
        String id = post(gobletSquat(uniqueSlug("retired"))).statusCode(201).extract().path("id");
        asCatalogEditor().delete("/exercises/" + id).then().statusCode(428).contentType("application/problem+json");
        asCatalogEditor().header("If-Match", "\"1\"").delete("/exercises/" + id).then().statusCode(204).header("ETag", "\"2\"");
        asCatalogEditor().get("/exercises/" + id).then().statusCode(200).body("status", equalTo("RETIRED")).body("version", equalTo(2));
        asCatalogEditor().header("If-Match", "*").delete("/exercises/" + id).then().statusCode(204).header("ETag", "\"2\"");
        asCatalogEditor().header("If-Match", "\"1\"").delete("/exercises/" + id).then().statusCode(412);
    }

    @Test
    void answersUnknownExercisesWith404() {
        String unknown = "00000000-0000-0000-0000-000000000042";
        asCatalogEditor().get("/exercises/" + unknown).then().statusCode(404).contentType("application/problem+json");
        asCatalogEditor().get("/exercises/no-such-exercise").then().statusCode(404);
        asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(gobletSquat(uniqueSlug("ghost")))
                .put("/exercises/" + unknown).then().statusCode(404);
        asCatalogEditor().header("If-Match", "*").delete("/exercises/" + unknown).then().statusCode(404);
    }

    @Test
    void refusesATakenSlugAndWritesNothing() {
        String slug = uniqueSlug("taken");
        post(gobletSquat(slug)).statusCode(201);
        Map<String, Object> second = gobletSquat(slug);
        second.put("name", "Another name");
        post(second).statusCode(409).contentType("application/problem+json").body("type", endsWith("slug-taken"));
        asCatalogEditor().queryParam("q", slug).get("/exercises").then().body("items.size()", equalTo(1));

        String otherId = post(gobletSquat(uniqueSlug("other"))).statusCode(201).extract().path("id");
        asCatalogEditor().contentType(ContentType.JSON).header("If-Match", "*").body(gobletSquat(slug)).put("/exercises/" + otherId)
                .then().statusCode(409);
        asCatalogEditor().get("/exercises/" + otherId).then().body("version", equalTo(1));
    }

    @Test
    void namesEveryInvalidFieldAndWritesNothing() {
        String slug = uniqueSlug("invalid");
        Map<String, Object> body = gobletSquat(slug);
        body.put("name", " ");
        body.put("primaryMuscles", List.of());
        body.put("cues", List.of(""));
        body.put("prescription", ExerciseFixtures.dose(4, 3, 12, 10));
        body.remove("laterality");
        post(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "primaryMuscles", "cues[0]", "prescription.setsMax",
                        "prescription.repsMax", "laterality"));
        asCatalogEditor().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void refusesADoseThatDoesNotFitTheMeasurement() {
        Map<String, Object> body = gobletSquat(uniqueSlug("hold"));
        body.put("measurement", "HOLD_SECONDS");
        post(body).statusCode(400)
                .body("errors.field", containsInAnyOrder("prescription.holdSecondsMin", "prescription.repsMin"));
    }

    @Test
    void refusesAnUnknownVocabularyTermNamingTheField() {
        Map<String, Object> body = gobletSquat(uniqueSlug("vocab"));
        body.put("category", "CARDIO");
        post(body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("category"));
    }
}
