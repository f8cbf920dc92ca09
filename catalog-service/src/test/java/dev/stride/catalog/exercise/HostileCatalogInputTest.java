package dev.stride.catalog.exercise;

import static dev.stride.testing.As.asCatalogEditor;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.stride.testing.Sql;
import dev.stride.testing.Tokens;
import dev.stride.testing.hostile.Door;
import dev.stride.testing.hostile.HostileInputTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Every operation of the catalog, tried with hostile input (see {@link HostileInputTest}). */
@QuarkusTest
class HostileCatalogInputTest extends HostileInputTest {
    private static String exercise;

    @Inject
    AgroalDataSource dataSource;

    /** Created on first use: RestAssured knows the service's port only once a test runs. */
    private static synchronized String exercise() {
        if (exercise == null) {
            exercise = asCatalogEditor().contentType(ContentType.JSON)
                    .body(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("hostile"))).post("/exercises")
                    .then().statusCode(201).extract().path("id");
        }
        return exercise;
    }

    @Override
    protected List<Door> doors() {
        String id = exercise();
        String created = json(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("hostile-created")));
        String replaced = json(ExerciseFixtures.gobletSquat(ExerciseFixtures.uniqueSlug("hostile-replaced")));
        String editor = Tokens.catalogEditor();
        return List.of(
                Door.of("GET /exercises").query("muscle", "GLUTES").query("category", "STRENGTH")
                        .query("equipment", "KETTLEBELL").query("status", "ACTIVE").query("q", "squat")
                        .query("cursor", "YQ").query("limit", "10").as(editor),
                Door.of("GET /exercises/{idOrSlug}").path("idOrSlug", id).as(editor),
                Door.of("POST /exercises").body(created).as(editor),
                Door.of("PUT /exercises/{id}").path("id", id).body(replaced).headers(b -> Map.of("If-Match", "*")).as(editor),
                Door.of("DELETE /exercises/{id}").path("id", id).headers(b -> Map.of("If-Match", "*")).as(editor));
    }

    @Override
    protected long footprint() throws SQLException {
        return Sql.number(dataSource, "SELECT (SELECT count(*) + coalesce(sum(version), 0) FROM exercise)"
                + " + (SELECT last_value FROM outbox_message_id_seq)");
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
