package dev.stride.progress.imports;

import static dev.stride.testing.As.asAthlete;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.restassured.path.json.JsonPath;
import io.agroal.api.AgroalDataSource;
import dev.stride.testing.Sql;

/** An athlete importing a file as their app would, and waiting for the job and for the sets to be stored. */
final class Uploads {
    private Uploads() {
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = Uploads.class.getClassLoader().getResourceAsStream("transfer/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The job once DONE. */
    static JsonPath imported(String athlete, byte[] file, String query) {
        String job = asAthlete(athlete).contentType("text/csv").body(file).post("/athletes/{id}/imports?" + query, athlete)
                .then().statusCode(202).extract().header("Location");
        return await().atMost(Duration.ofSeconds(60)).until(() -> asAthlete(athlete).get(job).then().statusCode(200)
                .extract().jsonPath(), path -> !"RUNNING".equals(path.getString("status")));
    }

    static long storedSets(AgroalDataSource dataSource, String athlete) throws Exception {
        return Sql.number(dataSource, "SELECT count(*) FROM completed_set WHERE athlete_id = '" + athlete + "'");
    }

    static void awaitStored(AgroalDataSource dataSource, String athlete, long sets) {
        await().atMost(Duration.ofSeconds(60)).until(() -> storedSets(dataSource, athlete) == sets);
    }
}
