package dev.stride.progress.imports;

import static dev.stride.testing.As.asAthlete;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.progress.catalog.ExerciseReplica;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ExportRoundTripTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExerciseReplica replica;

    @BeforeEach
    void catalogIsReplicated() {
        SampleCatalog.publish(replica);
    }

    /** Exported in an app's shape and imported into a fresh athlete: the same sets, volume and records. */
    @ParameterizedTest
    @ValueSource(strings = {"strong", "hevy"})
    void anExportImportedIntoAFreshAthleteGivesTheSameVolumeAndRecords(String format) throws Exception {
        String original = "roundtrip-" + UUID.randomUUID();
        Uploads.imported(original, Uploads.sample("strong-sample.csv"), "timeZone=Europe/Berlin&unmapped=keep");
        Uploads.awaitStored(dataSource, original, 3027);
        byte[] exported = asAthlete(original).get("/athletes/{id}/sets.csv?format=" + format, original).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals(3028, new String(exported, StandardCharsets.UTF_8).lines().count(), "a header and a row per set");

        String copy = "roundtrip-copy-" + UUID.randomUUID();
        assertEquals(0, Uploads.imported(copy, exported, "timeZone=Europe/Berlin&unmapped=keep").getLong("refused"));
        Uploads.awaitStored(dataSource, copy, 3027);
        assertEquals(volume(original), volume(copy));
        assertEquals(records(original), records(copy));
    }

    private static Object volume(String athlete) {
        return asAthlete(athlete).get("/athletes/{id}/volume?from=2026-03-30&to=2026-11-01&bucket=week", athlete)
                .then().statusCode(200).extract().path("buckets");
    }

    /** Each record without its athlete and the event that set it (the copy's sets have ids of their own). */
    private static List<Map<String, Object>> records(String athlete) {
        List<Map<String, Object>> records = asAthlete(athlete).get("/athletes/{id}/records", athlete).then().statusCode(200)
                .body("records", hasSize(greaterThan(0))).extract().path("records");
        records.forEach(record -> {
            record.remove("eventId");
            record.remove("athleteId");
        });
        return records;
    }
}
