package dev.stride.progress.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stride.progress.sets.Columns;
import dev.stride.progress.streak.PlanTargets;
import dev.stride.progress.volume.SetVolume;

/** Loads the histories of many athletes in two statements: volume per local day, and plans. */
final class Histories {
    private static final String DAYS = """
            SELECT athlete_id, day, sum(sets), sum(reps), sum(tonnage_kg), sum(hold_seconds), sum(distance_meters)
            FROM daily_volume WHERE athlete_id = ANY (?::text[]) GROUP BY athlete_id, day""";
    private static final String PLANS = """
            SELECT athlete_id, start_date, weeks, sessions_per_week FROM plan
            WHERE athlete_id = ANY (?::text[]) AND NOT cancelled ORDER BY start_date, plan_id""";

    private Histories() {
    }

    static List<AthleteHistory> load(Connection connection, List<Claims.Claim> claims, OffsetDateTime now) throws SQLException {
        List<String> athletes = claims.stream().map(Claims.Claim::athleteId).toList();
        Map<String, TreeMap<LocalDate, SetVolume>> days = days(connection, athletes);
        Map<String, List<PlanTargets.PlanSpan>> plans = plans(connection, athletes);
        List<AthleteHistory> histories = new ArrayList<>();
        for (Claims.Claim claim : claims) {
            histories.add(new AthleteHistory(claim.athleteId(), claim.zone(), now.atZoneSameInstant(claim.zone()).toLocalDate(),
                    days.getOrDefault(claim.athleteId(), new TreeMap<>()),
                    PlanTargets.of(plans.getOrDefault(claim.athleteId(), List.of()))));
        }
        return histories;
    }

    private static Map<String, TreeMap<LocalDate, SetVolume>> days(Connection connection, List<String> athletes) throws SQLException {
        Map<String, TreeMap<LocalDate, SetVolume>> days = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(DAYS)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    days.computeIfAbsent(row.getString(1), a -> new TreeMap<>()).put(row.getObject(2, LocalDate.class),
                            new SetVolume(row.getLong(3), row.getLong(4), row.getBigDecimal(5), row.getLong(6), row.getBigDecimal(7)));
                }
            }
        }
        return days;
    }

    private static Map<String, List<PlanTargets.PlanSpan>> plans(Connection connection, List<String> athletes) throws SQLException {
        Map<String, List<PlanTargets.PlanSpan>> plans = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(PLANS)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    plans.computeIfAbsent(row.getString(1), a -> new ArrayList<>()).add(new PlanTargets.PlanSpan(
                            row.getObject(2, LocalDate.class), row.getInt(3), row.getInt(4)));
                }
            }
        }
        return plans;
    }
}
