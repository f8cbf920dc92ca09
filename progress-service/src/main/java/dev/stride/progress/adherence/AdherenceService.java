package dev.stride.progress.adherence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.stride.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Adherence of an athlete to one plan, from the plan replica and the maintained daily volume. */
@ApplicationScoped
public class AdherenceService {
    private static final String PLAN =
            "SELECT version, cancelled, start_date FROM plan WHERE plan_id = ? AND athlete_id = ?";
    private static final String WEEKS = """
            SELECT p.week, p.exercise_id, p.sets,
                (SELECT coalesce(sum(v.sets), 0) FROM daily_volume v
                 WHERE v.athlete_id = ? AND v.exercise_id = p.exercise_id
                   AND v.day BETWEEN ?::date + (p.week - 1) * 7 AND ?::date + p.week * 7 - 1) AS completed
            FROM plan_prescription p WHERE p.plan_id = ? ORDER BY p.week, p.exercise_id""";

    private final AgroalDataSource dataSource;

    AdherenceService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AdherenceView adherence(String athleteId, UUID planId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement plan = connection.prepareStatement(PLAN)) {
            plan.setObject(1, planId);
            plan.setString(2, athleteId);
            try (ResultSet row = plan.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound("Plan", planId);
                }
                LocalDate start = row.getObject(3, LocalDate.class);
                List<AdherenceView.Week> weeks = weeks(connection, athleteId, planId, start);
                return new AdherenceView(athleteId, planId, row.getLong(1), row.getBoolean(2),
                        weeks.stream().mapToLong(AdherenceView.Week::prescribedSets).sum(),
                        weeks.stream().mapToLong(AdherenceView.Week::completedSets).sum(), weeks);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<AdherenceView.Week> weeks(Connection connection, String athleteId, UUID planId, LocalDate start)
            throws SQLException {
        List<AdherenceView.Week> weeks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(WEEKS)) {
            statement.setString(1, athleteId);
            statement.setObject(2, start);
            statement.setObject(3, start);
            statement.setObject(4, planId);
            try (ResultSet row = statement.executeQuery()) {
                List<AdherenceView.Exercise> exercises = new ArrayList<>();
                int week = 0;
                while (row.next()) {
                    if (row.getInt(1) != week && !exercises.isEmpty()) {
                        weeks.add(week(week, start, exercises));
                        exercises = new ArrayList<>();
                    }
                    week = row.getInt(1);
                    exercises.add(new AdherenceView.Exercise(row.getObject(2, UUID.class), row.getLong(3), row.getLong(4)));
                }
                if (!exercises.isEmpty()) {
                    weeks.add(week(week, start, exercises));
                }
            }
        }
        return weeks;
    }

    private static AdherenceView.Week week(int week, LocalDate planStart, List<AdherenceView.Exercise> exercises) {
        LocalDate start = planStart.plusWeeks(week - 1L);
        return new AdherenceView.Week(week, start, start.plusDays(6),
                exercises.stream().mapToLong(AdherenceView.Exercise::prescribedSets).sum(),
                exercises.stream().mapToLong(AdherenceView.Exercise::completedSets).sum(), List.copyOf(exercises));
    }
}
