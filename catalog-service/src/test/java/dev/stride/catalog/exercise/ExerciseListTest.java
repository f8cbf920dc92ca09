package dev.stride.catalog.exercise;

import static dev.stride.catalog.exercise.ExerciseFixtures.gobletSquat;
import static dev.stride.catalog.exercise.ExerciseFixtures.uniqueSlug;
import static dev.stride.testing.As.asCatalogEditor;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExerciseListTest {

    private static void create(Map<String, Object> body) {
        asCatalogEditor().contentType(ContentType.JSON).body(body).post("/exercises").then().statusCode(201);
    }

    @Test
    void pagesThroughEveryMatchInSlugOrderWithoutRepeats() {
        String tag = uniqueSlug("paged");
        for (int i = 0; i < 5; i++) {
            create(gobletSquat(tag + "-" + (char) ('e' - i)));
        }
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            var request = asCatalogEditor().queryParam("q", tag).queryParam("limit", 2);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/exercises")
                    .then().statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(tag + "-a", tag + "-b", tag + "-c", tag + "-d", tag + "-e"), slugs);
    }

    @Test
    void filtersByMuscleCategoryEquipmentStatusAndText() {
        String tag = uniqueSlug("filtered");
        Map<String, Object> band = gobletSquat(tag + "-band");
        band.put("equipment", List.of("MINI_BAND"));
        band.put("primaryMuscles", List.of("HIP_ABDUCTORS"));
        band.put("secondaryMuscles", List.of());
        band.put("category", "MOBILITY");
        create(band);
        create(gobletSquat(tag + "-kettlebell"));
        String retired = asCatalogEditor().get("/exercises/" + tag + "-kettlebell").then().extract().path("id");
        asCatalogEditor().header("If-Match", "*").delete("/exercises/" + retired).then().statusCode(204);

        asCatalogEditor().queryParam("q", tag).queryParam("equipment", "mini_band").get("/exercises")
                .then().body("items.slug", containsInAnyOrder(tag + "-band"));
        asCatalogEditor().queryParam("q", tag).queryParam("muscle", "GLUTES").get("/exercises")
                .then().body("items.slug", containsInAnyOrder(tag + "-kettlebell"));
        asCatalogEditor().queryParam("q", tag).queryParam("category", "MOBILITY").get("/exercises")
                .then().body("items.slug", containsInAnyOrder(tag + "-band"));
        asCatalogEditor().queryParam("q", tag).queryParam("status", "ACTIVE").get("/exercises")
                .then().body("items.slug", containsInAnyOrder(tag + "-band"));
        asCatalogEditor().queryParam("q", tag).get("/exercises")
                .then().body("items.size()", equalTo(2)).body("nextCursor", nullValue());
    }

    @Test
    void findsByAliasAndKeepsTheDefaultPageSmall() {
        asCatalogEditor().queryParam("q", "russian").get("/exercises")
                .then().statusCode(200).body("items.slug", hasItem("lower-body-twist"));
        asCatalogEditor().queryParam("muscle", "OBLIQUES").get("/exercises")
                .then().body("items.primaryMuscles", everyItem(not(nullValue())));
    }

    @Test
    void namesEveryInvalidQueryParameter() {
        asCatalogEditor().queryParam("muscle", "BICEPZ").queryParam("category", "CARDIO").queryParam("equipment", "ROPE")
                .queryParam("status", "GONE").queryParam("limit", 101).queryParam("cursor", "!!")
                .get("/exercises").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("muscle", "category", "equipment", "status", "limit", "cursor"));
    }
}
