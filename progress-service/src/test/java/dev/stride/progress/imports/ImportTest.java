package dev.stride.progress.imports;

import static dev.stride.testing.As.asAthlete;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import dev.stride.progress.catalog.ExerciseReplica;
import dev.stride.progress.history.Logged;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExerciseReplica replica;

    @BeforeEach
    void catalogIsReplicated() {
        SampleCatalog.publish(replica);
    }

    @Test
    void importsAStrongExportReportingUnmappedNamesAndCountsItOnceWhenImportedTwice() throws Exception {
        String athlete = "import-" + UUID.randomUUID();
        byte[] file = Uploads.sample("strong-sample.csv");
        JsonPath job = Uploads.imported(athlete, file, "timeZone=Europe/Berlin");
        assertEquals("DONE", job.getString("status"));
        assertEquals("STRONG", job.getString("format"));
        assertEquals(3027, job.getLong("rowsRead"));
        assertEquals(Map.of("Bench Press (Barbell)", 63, "Plank", 26, "Running (Treadmill)", 12), job.getMap("unmapped"));
        assertEquals(101, job.getLong("refused"));
        assertEquals(2926, job.getLong("published"));
        assertEquals("exercise 'Plank' is not in the catalog", job.getString("refusals.find { it.reason.contains('Plank') }.reason"));
        Uploads.awaitStored(dataSource, athlete, 2926);

        assertEquals("DONE", Uploads.imported(athlete, file, "timeZone=Europe/Berlin").getString("status"));
        Logged.sets(athlete, Logged.set("after-second-import", SampleCatalog.id("Clamshell").toString(), "2026-11-02T07:00:00Z", "UTC", 5));
        Uploads.awaitStored(dataSource, athlete, 2927);
    }

    @Test
    void keepsUnmappedExercisesUnderTheirNameWhenAskedAndReadsTheOlderFormInPounds() throws Exception {
        String athlete = "import-keep-" + UUID.randomUUID();
        JsonPath job = Uploads.imported(athlete, Uploads.sample("strong-semicolon-sample.csv"), "timeZone=America/Chicago&unmapped=keep");
        assertEquals("STRONG_SEMICOLON", job.getString("format"));
        assertEquals(0, job.getLong("refused"));
        assertEquals(1005, job.getLong("published"));
        Uploads.awaitStored(dataSource, athlete, 1005);
        asAthlete(athlete).get("/athletes/{id}/sessions?limit=500", athlete).then().statusCode(200)
                .body("sessions.size()", equalTo(50)).body("sessions.exercises.flatten().name", hasItem("Bench Press (Barbell)"));
    }

    @Test
    void importsAHevyExport() throws Exception {
        String athlete = "import-hevy-" + UUID.randomUUID();
        JsonPath job = Uploads.imported(athlete, Uploads.sample("hevy-sample.csv"), "timeZone=UTC");
        assertEquals("HEVY", job.getString("format"));
        assertEquals(3016 - 66 - 28 - 12, job.getLong("published"));
        Uploads.awaitStored(dataSource, athlete, 3016 - 66 - 28 - 12);
    }

    @Test
    void refusesAFileThatIsNoExportAndQueriesMissingTheZone() {
        String athlete = "import-bad-" + UUID.randomUUID();
        asAthlete(athlete).contentType("text/csv").body("name,age\nana,3\n").post("/athletes/{id}/imports?timeZone=UTC", athlete)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        asAthlete(athlete).contentType("text/csv").body("x").post("/athletes/{id}/imports", athlete)
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        asAthlete(athlete).contentType("text/csv").body("x").post("/athletes/{id}/imports?timeZone=UTC&unmapped=guess", athlete)
                .then().statusCode(400).body("errors[0].field", equalTo("unmapped"));
        asAthlete(athlete).get("/athletes/{id}/imports/{job}", athlete, UUID.randomUUID()).then().statusCode(404);
    }
}
