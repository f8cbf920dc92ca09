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
    static final int DEFAULT_WEEKLY_TARGET = 2;
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

    /** A week's target: sessions per week of the plan covering its Monday (the latest started), else 2. */
    private static Function<LocalDate, Integer> targets(Connection connection, String athleteId) throws SQLException {
        List<PlanSpan> plans = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PLANS)) {
            statement.setString(1, athleteId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plans.add(new PlanSpan(rows.getObject(1, LocalDate.class), rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return weekStart -> {
            int target = DEFAULT_WEEKLY_TARGET;
            for (PlanSpan plan : plans) {
                if (plan.covers(weekStart)) {
                    target = plan.sessionsPerWeek();
                }
            }
            return target;
        };
    }

    private record PlanSpan(LocalDate start, int weeks, int sessionsPerWeek) {
        boolean covers(LocalDate weekStart) {
            LocalDate weekEnd = weekStart.plusDays(6);
            return !weekEnd.isBefore(start) && weekStart.isBefore(start.plusWeeks(weeks));
        }
    }
}
