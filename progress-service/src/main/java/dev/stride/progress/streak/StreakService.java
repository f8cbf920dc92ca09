package dev.stride.progress.streak;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;

import dev.stride.progress.athlete.AthleteCalendar;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Streaks from the maintained daily volume and the athlete's plans. */
@ApplicationScoped
public class StreakService {
    private static final String ACTIVE_DAYS =
            "SELECT day FROM daily_volume WHERE athlete_id = ? GROUP BY day HAVING sum(sets) > 0";
    private static final String PLANS = """
            SELECT start_date, weeks, sessions_per_week FROM plan
            WHERE athlete_id = ? AND NOT cancelled ORDER BY start_date, plan_id""";

    private final AgroalDataSource dataSource;

    StreakService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Streaks streaks(AthleteCalendar.Today today) {
        try (Connection connection = dataSource.getConnection()) {
            NavigableSet<LocalDate> days = activeDays(connection, today.athleteId());
            Function<LocalDate, Integer> target = targets(connection, today.athleteId());
            return new Streaks(StreakCalculator.daily(days, today.date()),
                    StreakCalculator.weekly(days, today.date(), target),
                    days.isEmpty() ? null : days.last(), target.apply(StreakCalculator.weekOf(today.date())));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NavigableSet<LocalDate> activeDays(Connection connection, String athleteId) throws SQLException {
        NavigableSet<LocalDate> days = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(ACTIVE_DAYS)) {
            statement.setString(1, athleteId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getObject(1, LocalDate.class));
                }
            }
        }
        return days;
    }

    private static Function<LocalDate, Integer> targets(Connection connection, String athleteId) throws SQLException {
        List<PlanTargets.PlanSpan> plans = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PLANS)) {
            statement.setString(1, athleteId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plans.add(new PlanTargets.PlanSpan(rows.getObject(1, LocalDate.class), rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return PlanTargets.of(plans);
    }
}
