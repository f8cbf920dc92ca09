package dev.stride.progress.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.contracts.EventJson;
import dev.stride.progress.erasure.ErasureLock;
import dev.stride.progress.history.Statements;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** The import jobs in the database, so that any instance answers for any job. */
@ApplicationScoped
public class ImportJobs {
    static final int REFUSALS_KEPT = 100;
    /** A running job reports at least this often; one silent for longer was on an instance that stopped. */
    static final Duration SILENCE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String COLUMNS = """
            job_id, athlete_id, status, format, unmapped, rows_read, published, refused, unmapped_names::text, failure,
            created_at, updated_at""";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    ImportJobs(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Where a running job stands, written after every batch. */
    record Progress(long rowsRead, long published, long refused, Map<String, Long> unmapped, List<ImportJob.Refusal> newRefusals) {
    }

    /** The new job's id; empty when the athlete was erased (nothing is stored for them). */
    Optional<UUID> create(String athleteId, String format, ImportOptions options) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        int created = forAthlete("""
                INSERT INTO import_job (job_id, athlete_id, format, status, unmapped, created_at, updated_at)
                SELECT ?, ?, ?, 'RUNNING', ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM erased_athlete WHERE athlete_id = ?)""",
                id, athleteId, format, options.unmapped().name(), now, now, athleteId);
        return created == 1 ? Optional.of(id) : Optional.empty();
    }

    void report(UUID jobId, Progress progress) throws SQLException {
        update("""
                UPDATE import_job SET rows_read = ?, published = ?, refused = ?, unmapped_names = ?::jsonb, updated_at = ?
                WHERE job_id = ?""", progress.rowsRead(), progress.published(), progress.refused(),
                json(progress.unmapped()), Timestamp.from(clock.instant()), jobId);
        for (ImportJob.Refusal refusal : progress.newRefusals()) {
            update("INSERT INTO import_refusal (job_id, line, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    jobId, refusal.line(), refusal.reason());
        }
    }

    /** The names an import kept without a catalog match, so that exports and histories can show them. */
    void rememberNames(String athleteId, Map<UUID, String> names) {
        for (Map.Entry<UUID, String> name : names.entrySet()) {
            forAthlete("""
                    INSERT INTO imported_exercise (athlete_id, exercise_id, name)
                    SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM erased_athlete WHERE athlete_id = ?)
                    ON CONFLICT DO NOTHING""", athleteId, name.getKey(), name.getValue(), athleteId);
        }
    }

    /** A write about an athlete: under the erasure lock, so that an erasure under way cannot miss it. */
    private int forAthlete(String sql, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
                ErasureLock.share(connection);
                Statements.bind(statement, values);
                return statement.executeUpdate();
            }
        });
    }

    void finish(UUID jobId, ImportJob.Status status, String failure) throws SQLException {
        update("UPDATE import_job SET status = ?, failure = ?, updated_at = ? WHERE job_id = ?", status.name(), failure,
                Timestamp.from(clock.instant()), jobId);
    }

    public Optional<ImportJob> find(String athleteId, UUID jobId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement job = connection.prepareStatement("SELECT " + COLUMNS + " FROM import_job WHERE job_id = ? AND athlete_id = ?");
             PreparedStatement refusals = connection.prepareStatement(
                     "SELECT line, reason FROM import_refusal WHERE job_id = ? ORDER BY line")) {
            job.setObject(1, jobId);
            job.setString(2, athleteId);
            refusals.setObject(1, jobId);
            try (ResultSet row = job.executeQuery(); ResultSet refused = refusals.executeQuery()) {
                return row.next() ? Optional.of(read(row, refused)) : Optional.empty();
            }
        }
    }

    private ImportJob read(ResultSet row, ResultSet refused) throws SQLException {
        List<ImportJob.Refusal> refusals = new ArrayList<>();
        while (refused.next()) {
            refusals.add(new ImportJob.Refusal(refused.getLong(1), refused.getString(2)));
        }
        Instant updated = row.getTimestamp(12).toInstant();
        ImportJob.Status status = ImportJob.Status.valueOf(row.getString(3));
        if (status == ImportJob.Status.RUNNING && updated.plus(SILENCE).isBefore(clock.instant())) {
            status = ImportJob.Status.INTERRUPTED;
        }
        return new ImportJob(row.getObject(1, UUID.class), row.getString(2), status, row.getString(4),
                row.getString(5).toLowerCase(Locale.ROOT), row.getLong(6), row.getLong(7), row.getLong(8),
                names(row.getString(9)), refusals, row.getString(10), row.getTimestamp(11).toInstant(), updated);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            Statements.bind(statement, values);
            statement.executeUpdate();
        }
    }

    private static String json(Map<String, Long> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> names(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
