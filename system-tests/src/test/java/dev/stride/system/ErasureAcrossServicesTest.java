package dev.stride.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.stack.StrideStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasure as a user of {@code ./stride} sees it ({@link TheSystem}): ben, with a plan and sets, asks to be forgotten;
 * every service confirms, none answers anything about him, and no table of any service holds his id.
 */
@ExtendWith(TheSystem.class)
class ErasureAcrossServicesTest {
    private static final StrideStack STACK = TheSystem.stack();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String BEN = TheSystem.REALM.idOf("ben");
    private static final String PLAN = """
            {"athleteId": "%s", "startDate": "%s", "weeks": 4, "sessionsPerWeek": 2,
             "runningWeek": {"MONDAY": "EASY", "TUESDAY": "HARD", "WEDNESDAY": "REST", "THURSDAY": "EASY",
                             "FRIDAY": "REST", "SATURDAY": "EASY", "SUNDAY": "LONG"},
             "experience": "BEGINNER", "focusAreas": ["HIP_STABILITY"], "equipment": ["MAT"], "minutesPerSession": 30,
             "timeZone": "Europe/Berlin"}""";
    private static final String SET = """
            {"eventId": "%s", "exerciseId": "%s", "completedAt": "%sT07:30:00Z", "timeZone": "UTC", "reps": 5, "loadKg": 20}""";
    private static String bensToken;

    @BeforeAll
    static void signIn() throws Exception {
        bensToken = new TokenEndpoint(HTTP, STACK.keycloak().tokenEndpoint()).password("stride-web", "ben", "ben");
    }

    @Test
    void afterErasureNoServiceAnswersAnythingAboutTheAthleteAndNoTableHoldsHim() throws Exception {
        // The services run on the real clock here: dates two weeks ahead and yesterday are valid on either side of midnight
        LocalDate today = LocalDate.now(Clock.systemUTC());
        LocalDate start = today.plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("plan-service", "POST", "/plans", PLAN.formatted(BEN, start))
                .statusCode() == 201);
        assertEquals(202, send("progress-service", "POST", "/athletes/" + BEN + "/sets",
                SET.formatted(UUID.randomUUID(), UUID.randomUUID(), today.minusDays(1))).statusCode());
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("progress", "plan") > 0 && rows("progress", "completed_set") > 0);

        HttpResponse<String> erasure = send("progress-service", "DELETE", "/athletes/" + BEN, null);
        assertEquals(202, erasure.statusCode());
        String status = erasure.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> send("progress-service", "GET", URI.create(status).getPath(), null)
                .body().contains("\"complete\":true"));
        String confirmations = send("progress-service", "GET", URI.create(status).getPath(), null).body();
        for (String service : List.of("progress-service", "plan-service", "webhook-service")) {
            assertTrue(confirmations.contains("\"service\":\"" + service + "\""), service + " confirmed: " + confirmations);
        }

        assertEquals(404, send("progress-service", "GET", "/athletes/" + BEN + "/summary", null).statusCode());
        assertEquals("[]", send("plan-service", "GET", "/athletes/" + BEN + "/plans", null).body().strip());
        assertTrue(send("progress-service", "GET", "/athletes/" + BEN + "/sets", null).body().contains("\"sets\":[]"));
        for (Map.Entry<String, List<String>> database : athleteTables().entrySet()) {
            for (String table : database.getValue()) {
                assertEquals(0, rows(database.getKey(), table), database.getKey() + "." + table);
            }
        }
    }

    /** Every table of each database with a column athlete_id (whatever the migrations added since). */
    private static Map<String, List<String>> athleteTables() throws SQLException {
        return Map.of("progress", tablesWithAthletes("progress"), "plan", tablesWithAthletes("plan"),
                "webhook", tablesWithAthletes("webhook"));
    }

    private static List<String> tablesWithAthletes(String database) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement("""
                SELECT table_name FROM information_schema.columns
                 WHERE column_name = 'athlete_id' AND table_schema = 'public'
                   AND table_name NOT IN ('erasure_request', 'erased_athlete')""");
             ResultSet row = statement.executeQuery()) {
            List<String> tables = new ArrayList<>();
            while (row.next()) {
                tables.add(row.getString(1));
            }
            return tables;
        }
    }

    private static long rows(String database, String table) throws SQLException {
        try (Connection connection = connect(database);
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE athlete_id = ?")) {
            statement.setString(1, BEN);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(STACK.postgres().jdbcUrl(database), STACK.postgres().user(), STACK.postgres().password());
    }

    private static HttpResponse<String> send(String service, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(STACK.service(service).url(path)))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + bensToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
