package dev.stride.catalog.access;

import static dev.stride.testing.As.asCatalogEditor;

import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.catalog.exercise.ExerciseFixtures;
import dev.stride.testing.access.AccessMatrix;
import dev.stride.testing.access.AccessMatrix.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Who may do what with the catalog: every authenticated caller reads, only the catalog-editor role writes. */
@QuarkusTest
class CatalogAccessTest {

    @TestFactory
    Stream<DynamicTest> everyOperationAsEveryCaller() {
        String id = created();
        return new AccessMatrix()
                //                                                            anon  A    B    app+ app- platf editor
                .row("GET /exercises", null, () -> Request.of("GET", "/exercises"), 401, 200, 200, 200, 200, 200, 200)
                .row("GET /exercises/{id}", null, () -> Request.of("GET", "/exercises/" + id),
                        401, 200, 200, 200, 200, 200, 200)
                .row("POST /exercises", null, () -> Request.of("POST", "/exercises").body(newExercise()),
                        401, 403, 403, 403, 403, 403, 201)
                .row("PUT /exercises/{id}", null, () -> Request.of("PUT", "/exercises/" + id).header("If-Match", "*")
                                .body(json(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("access-put")))),
                        401, 403, 403, 403, 403, 403, 200)
                .row("DELETE /exercises/{id}", null, () -> Request.of("DELETE", "/exercises/" + id).header("If-Match", "*"),
                        401, 403, 403, 403, 403, 403, 204)
                .cells();
    }

    private static String created() {
        return asCatalogEditor().contentType(ContentType.JSON).body(newExercise()).post("/exercises")
                .then().statusCode(201).extract().path("id");
    }

    private static String newExercise() {
        return json(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("access")));
    }

    private static String json(Object body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
