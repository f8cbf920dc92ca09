package dev.stride.progress.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.plan.PlanChange;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedExercise;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.progress.erasure.ErasureLock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The local copy of {@code plan-events}: each plan at its highest version, with the sets it
 * prescribes per plan week and exercise. Older versions arriving late change nothing, and
 * nothing is kept for an erased athlete.
 */
@ApplicationScoped
public class PlanReplica {
    private static final String UPSERT = """
            INSERT INTO plan AS p (plan_id, athlete_id, version, cancelled, start_date, weeks, sessions_per_week, document)
            SELECT ?, athlete, ?, ?, ?, ?, ?, ?::jsonb FROM (SELECT ?::text AS athlete) a
            WHERE NOT EXISTS (SELECT 1 FROM erased_athlete e WHERE e.athlete_id = a.athlete)
            ON CONFLICT (plan_id) DO UPDATE SET version = excluded.version, cancelled = excluded.cancelled,
                start_date = excluded.start_date, weeks = excluded.weeks, sessions_per_week = excluded.sessions_per_week,
                document = excluded.document
            WHERE excluded.version > p.version""";
    private static final String PRESCRIBE = """
            INSERT INTO plan_prescription (plan_id, week, exercise_id, sets)
            SELECT ?, p.week::int, p.exercise::uuid, p.sets::int FROM unnest(?::text[], ?::text[], ?::text[]) AS p(week, exercise, sets)""";

    private static final ObjectWriter DOCUMENT = EventJson.mapper().writer();

    private final AgroalDataSource dataSource;

    PlanReplica(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void keep(PlanChanged event) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                ErasureLock.share(connection);
                if (upsert(connection, event)) {
                    prescribe(connection, event);
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean upsert(Connection connection, PlanChanged event) throws SQLException, JsonProcessingException {
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setObject(1, event.planId());
            statement.setLong(2, event.planVersion());
            statement.setBoolean(3, event.change() == PlanChange.CANCELLED);
            statement.setObject(4, event.startDate());
            statement.setInt(5, event.weeks());
            statement.setInt(6, event.sessionsPerWeek());
            statement.setString(7, DOCUMENT.writeValueAsString(event));
            statement.setString(8, event.athleteId());
            return statement.executeUpdate() == 1;
        }
    }

    private static void prescribe(Connection connection, PlanChanged event) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM plan_prescription WHERE plan_id = ?")) {
            delete.setObject(1, event.planId());
            delete.executeUpdate();
        }
        Map<String, Integer> sets = new TreeMap<>();
        for (PlannedSession session : event.sessions() == null ? List.<PlannedSession>of() : event.sessions()) {
            for (PlannedExercise exercise : session.exercises()) {
                sets.merge(session.week() + " " + exercise.exerciseId(), exercise.sets(), Integer::sum);
            }
        }
        List<String[]> rows = sets.entrySet().stream()
                .map(e -> new String[] {e.getKey().split(" ")[0], e.getKey().split(" ")[1], e.getValue().toString()})
                .toList();
        try (PreparedStatement insert = connection.prepareStatement(PRESCRIBE)) {
            insert.setObject(1, event.planId());
            for (int column = 0; column < 3; column++) {
                int c = column;
                insert.setArray(column + 2, connection.createArrayOf("text", rows.stream().map(r -> r[c]).toArray()));
            }
            insert.executeUpdate();
        }
    }
}
