package dev.stride.catalog.seed;

import static dev.stride.testing.As.asCatalogEditor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.stride.catalog.exercise.ExerciseIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedTest {
    static final List<String> ARTICLE = List.of("single-leg-deadlift", "glute-leg-circles", "figure-four-glute-release",
            "lower-body-twist", "backward-heel-walking", "forward-diagonal-hop", "quadruped-limb-raise",
            "quadruped-trunk-rotation", "clamshell");

    @Inject
    SeedLoader seed;

    private static ValidatableResponse exercise(String slug) {
        return asCatalogEditor().get("/exercises/" + slug).then().statusCode(200);
    }

    @Test
    void holdsEveryExerciseOfTheArticleUnderItsSlugDerivedId() {
        for (String slug : ARTICLE) {
            exercise(slug).body("id", equalTo(ExerciseIds.fromSlug(slug).toString()))
                    .body("cues", not(empty())).body("instructions", not(empty()))
                    .body("notes", not(nullValue())).body("runnerBenefits", not(nullValue()));
        }
    }

    @Test
    void keepsTheArticlesPrescriptions() {
        exercise("single-leg-deadlift").body("prescription.setsMin", equalTo(2)).body("prescription.setsMax", equalTo(3))
                .body("prescription.repsMin", equalTo(10)).body("prescription.repsMax", equalTo(12))
                .body("prescription.perSide", equalTo(true)).body("laterality", equalTo("UNILATERAL"))
                .body("equipment", empty()).body("progressions.description", hasItem(org.hamcrest.Matchers.containsString("medicine ball")))
                .body("primaryMuscles", containsInAnyOrder("HAMSTRINGS", "GLUTES"));
        exercise("glute-leg-circles").body("prescription.repsMin", equalTo(10)).body("prescription.repsMax", equalTo(10))
                .body("prescription.perSide", equalTo(true));
        exercise("figure-four-glute-release").body("measurement", equalTo("HOLD_SECONDS"))
                .body("prescription.holdSecondsMin", equalTo(10)).body("prescription.holdSecondsMax", equalTo(10))
                .body("prescription.perSide", equalTo(true));
        exercise("lower-body-twist").body("aliases", hasItem("Russian twist"))
                .body("prescription.repsMin", equalTo(10)).body("prescription.repsMax", equalTo(15))
                .body("primaryMuscles", hasItem("OBLIQUES"));
        exercise("forward-diagonal-hop").body("category", equalTo("PLYOMETRIC"))
                .body("prescription.repsMin", equalTo(15)).body("prescription.repsMax", equalTo(20));
        exercise("backward-heel-walking").body("primaryMuscles", hasItem("TIBIALIS"));
        exercise("quadruped-limb-raise").body("measurement", equalTo("HOLD_SECONDS")).body("prescription.perSide", equalTo(true))
                .body("progressions.exerciseId", hasItem(ExerciseIds.fromSlug("quadruped-trunk-rotation").toString()));
        exercise("quadruped-trunk-rotation").body("measurement", equalTo("HOLD_SECONDS")).body("prescription.perSide", equalTo(true));
        exercise("clamshell").body("prescription.setsMin", equalTo(2)).body("prescription.setsMax", equalTo(3))
                .body("prescription.repsMin", equalTo(10)).body("prescription.repsMax", equalTo(12))
                .body("prescription.perSide", equalTo(true)).body("primaryMuscles", hasItem("HIP_ABDUCTORS"));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = asCatalogEditor().get("/exercises/clamshell").then().extract().jsonPath().getLong("version");
        assertEquals(0, seed.load());
        asCatalogEditor().get("/exercises/clamshell").then().body("version", equalTo((int) before));
    }
}
