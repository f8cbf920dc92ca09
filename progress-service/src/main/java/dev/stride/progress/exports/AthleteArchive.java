package dev.stride.progress.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.EventJson;
import dev.stride.problem.ProblemException;
import dev.stride.progress.athlete.AthleteCalendar;
import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.records.RecordService;
import dev.stride.progress.streak.StreakService;
import dev.stride.progress.webhook.Connections;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything Stride holds about an athlete, as one JSON document: every set as stored (voided ones
 * too), personal records, streaks, the plans as plan-service last published them, source
 * connections and imports. Streamed: the sets are read from a database cursor, never all at once.
 */
@ApplicationScoped
public class AthleteArchive {
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final int FETCH = 1_000;
    private static final String PLANS = "SELECT document::text FROM plan WHERE athlete_id = ? AND document IS NOT NULL ORDER BY plan_id";
    private static final String IMPORTS = """
            SELECT json_build_object('jobId', job_id, 'status', status, 'format', format, 'rowsRead', rows_read,
                'published', published, 'refused', refused, 'unmapped', unmapped_names, 'createdAt', created_at)::text
            FROM import_job WHERE athlete_id = ? ORDER BY created_at""";
    private final AgroalDataSource dataSource;
    private final AthleteCalendar calendar;
    private final RecordService records;
    private final StreakService streaks;
    private final Connections connections;
    private final Clock clock;

    AthleteArchive(AgroalDataSource dataSource, AthleteCalendar calendar, RecordService records, StreakService streaks,
                   Connections connections, Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.records = records;
        this.streaks = streaks;
        this.connections = connections;
        this.clock = clock;
    }

    public void write(String athleteId, OutputStream out) throws IOException, SQLException {
        Optional<AthleteCalendar.Today> today = today(athleteId);
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("athleteId", athleteId);
            json.writePOJOField("exportedAt", clock.instant());
            json.writeStringField("timeZone", today.map(t -> t.zone().getId()).orElse(null));
            json.writeArrayFieldStart("sets");
            sets(athleteId, json);
            json.writeEndArray();
            json.writePOJOField("personalRecords", records.records(athleteId));
            json.writePOJOField("streaks", today.map(streaks::streaks).orElse(null));
            json.writeArrayFieldStart("plans");
            documents(json, PLANS, athleteId);
            json.writeEndArray();
            json.writePOJOField("connections", connections.of(athleteId));
            json.writeArrayFieldStart("imports");
            documents(json, IMPORTS, athleteId);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private Optional<AthleteCalendar.Today> today(String athleteId) {
        try {
            return Optional.of(calendar.today(athleteId));
        } catch (ProblemException noSetYet) {
            return Optional.empty();
        }
    }

    private void sets(String athleteId, JsonGenerator json) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + LoggedSet.COLUMNS + " FROM completed_set WHERE athlete_id = ? ORDER BY completed_at, event_id")) {
                statement.setFetchSize(FETCH);
                statement.setString(1, athleteId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        json.writeObject(LoggedSet.read(row, 1));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** Each row's one column, a JSON document, written as it is. */
    private void documents(JsonGenerator json, String sql, String athleteId) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    json.writeRawValue(row.getString(1));
                }
            }
        }
    }
}
