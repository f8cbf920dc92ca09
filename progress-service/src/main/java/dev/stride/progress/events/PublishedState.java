package dev.stride.progress.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stride.contracts.progress.StreakKind;
import dev.stride.contracts.progress.WeekVolume;
import dev.stride.progress.sets.Columns;

/** What was last published per athlete: the streak runs and the closed weeks. */
final class PublishedState {
    private static final String RUNS = "SELECT athlete_id, kind, started_on, length, through FROM streak_state WHERE athlete_id = ANY (?::text[])";
    private static final String WEEKS = """
            SELECT athlete_id, week_start, sets, reps, tonnage_kg, hold_seconds, distance_meters, active_days, revision
            FROM closed_week WHERE athlete_id = ANY (?::text[])""";
    private static final String FORGET_RUNS = "DELETE FROM streak_state WHERE athlete_id = ANY (?::text[])";
    private static final String SAVE_RUNS = """
            INSERT INTO streak_state (athlete_id, kind, started_on, length, through)
            SELECT r.id, r.kind, r.started::date, r.length::int, r.through::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r(id, kind, started, length, through)""";
    private static final String SAVE_WEEKS = """
            INSERT INTO closed_week AS w (athlete_id, week_start, sets, reps, tonnage_kg, hold_seconds, distance_meters, active_days, revision)
            SELECT c.id, c.week::date, c.sets::bigint, c.reps::bigint, c.tonnage::numeric, c.hold::bigint, c.distance::numeric,
                c.days::int, c.revision::int
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS c(id, week, sets, reps, tonnage, hold, distance, days, revision)
            ON CONFLICT (athlete_id, week_start) DO UPDATE SET sets = excluded.sets, reps = excluded.reps,
                tonnage_kg = excluded.tonnage_kg, hold_seconds = excluded.hold_seconds,
                distance_meters = excluded.distance_meters, active_days = excluded.active_days, revision = excluded.revision""";

    private PublishedState() {
    }

    /** A run or week row with its athlete. */
    record RunRow(String athleteId, StreakFacts.Run run) {
    }

    /** A closed week row with its athlete. */
    record WeekRow(String athleteId, WeekFacts.Closed week) {
    }

    static Map<String, Map<StreakKind, StreakFacts.Run>> runs(Connection connection, List<String> athletes) throws SQLException {
        Map<String, Map<StreakKind, StreakFacts.Run>> runs = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(RUNS)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    StreakKind kind = StreakKind.valueOf(row.getString(2));
                    runs.computeIfAbsent(row.getString(1), a -> new HashMap<>()).put(kind, new StreakFacts.Run(kind,
                            row.getObject(3, LocalDate.class), row.getInt(4), row.getObject(5, LocalDate.class)));
                }
            }
        }
        return runs;
    }

    static Map<String, Map<LocalDate, WeekFacts.Closed>> weeks(Connection connection, List<String> athletes) throws SQLException {
        Map<String, Map<LocalDate, WeekFacts.Closed>> weeks = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(WEEKS)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    LocalDate week = row.getObject(2, LocalDate.class);
                    WeekVolume volume = new WeekVolume(row.getLong(3), row.getLong(4), row.getBigDecimal(5), row.getLong(6),
                            row.getBigDecimal(7), row.getInt(8));
                    weeks.computeIfAbsent(row.getString(1), a -> new HashMap<>()).put(week, new WeekFacts.Closed(week, volume, row.getInt(9)));
                }
            }
        }
        return weeks;
    }

    static void save(Connection connection, List<String> athletes, List<RunRow> runs, List<WeekRow> weeks) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET_RUNS);
             PreparedStatement saveRuns = connection.prepareStatement(SAVE_RUNS);
             PreparedStatement saveWeeks = connection.prepareStatement(SAVE_WEEKS)) {
            new Columns(forget).add(athletes, a -> a);
            forget.execute();
            new Columns(saveRuns).add(runs, RunRow::athleteId).add(runs, r -> r.run().kind()).add(runs, r -> r.run().startedOn())
                    .add(runs, r -> r.run().length()).add(runs, r -> r.run().through());
            saveRuns.execute();
            new Columns(saveWeeks).add(weeks, WeekRow::athleteId).add(weeks, w -> w.week().weekStart())
                    .add(weeks, w -> w.week().volume().sets()).add(weeks, w -> w.week().volume().reps())
                    .add(weeks, w -> w.week().volume().tonnageKg().toPlainString()).add(weeks, w -> w.week().volume().holdSeconds())
                    .add(weeks, w -> w.week().volume().distanceMeters().toPlainString())
                    .add(weeks, w -> w.week().volume().activeDays()).add(weeks, w -> w.week().revision());
            saveWeeks.execute();
        }
    }
}
