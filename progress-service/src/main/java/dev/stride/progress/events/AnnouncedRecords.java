package dev.stride.progress.events;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.progress.records.PersonalRecord;
import dev.stride.progress.records.RecordKind;
import dev.stride.progress.sets.Columns;

/**
 * The personal records as the fact scanner last announced them. A kept record that is new or
 * higher is announced; then the announced state follows the kept one, down too after a void.
 * {@code personal_record} is only read, without locks, so the scanner never waits for the
 * ingestion that keeps it, nor holds it up.
 */
final class AnnouncedRecords {
    private static final String KEPT = """
            SELECT athlete_id, exercise_id, kind, value, achieved_on, event_id FROM personal_record
            WHERE athlete_id = ANY (?::text[])""";
    private static final String ANNOUNCED = """
            SELECT athlete_id, exercise_id, kind, value FROM announced_record WHERE athlete_id = ANY (?::text[])""";
    private static final String FOLLOW = """
            INSERT INTO announced_record AS a (athlete_id, exercise_id, kind, value)
            SELECT r.athlete, r.exercise, r.kind, r.value::numeric
            FROM unnest(?::text[], ?::uuid[], ?::text[], ?::text[]) AS r(athlete, exercise, kind, value)
            ORDER BY r.athlete, r.exercise, r.kind
            ON CONFLICT (athlete_id, exercise_id, kind) DO UPDATE SET value = excluded.value""";
    private static final String FORGET = """
            DELETE FROM announced_record a USING unnest(?::text[], ?::uuid[], ?::text[]) AS g(athlete, exercise, kind)
            WHERE a.athlete_id = g.athlete AND a.exercise_id = g.exercise AND a.kind = g.kind""";

    private AnnouncedRecords() {
    }

    /** The athletes' records that rose since they were last announced; from now on they count as announced. */
    static List<PersonalRecord> announce(Connection connection, List<String> athletes) throws SQLException {
        Map<Key, BigDecimal> announced = announced(connection, athletes);
        List<PersonalRecord> raised = new ArrayList<>();
        List<PersonalRecord> changed = new ArrayList<>();
        for (PersonalRecord record : kept(connection, athletes)) {
            BigDecimal before = announced.remove(new Key(record.athleteId(), record.exerciseId(), record.kind()));
            if (before == null || record.value().compareTo(before) > 0) {
                raised.add(record);
            }
            if (before == null || record.value().compareTo(before) != 0) {
                changed.add(record);
            }
        }
        follow(connection, changed);
        forget(connection, List.copyOf(announced.keySet()));
        return raised;
    }

    private static List<PersonalRecord> kept(Connection connection, List<String> athletes) throws SQLException {
        List<PersonalRecord> kept = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(KEPT)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    kept.add(PersonalRecord.read(rows));
                }
            }
        }
        return kept;
    }

    private static Map<Key, BigDecimal> announced(Connection connection, List<String> athletes) throws SQLException {
        Map<Key, BigDecimal> announced = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ANNOUNCED)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    announced.put(new Key(rows.getString(1), rows.getObject(2, UUID.class), RecordKind.valueOf(rows.getString(3))),
                            rows.getBigDecimal(4));
                }
            }
        }
        return announced;
    }

    private static void follow(Connection connection, List<PersonalRecord> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(FOLLOW)) {
            new Columns(statement).add(changed, PersonalRecord::athleteId).uuids(changed, PersonalRecord::exerciseId)
                    .add(changed, PersonalRecord::kind).add(changed, r -> r.value().toPlainString());
            statement.execute();
        }
    }

    private static void forget(Connection connection, List<Key> gone) throws SQLException {
        if (gone.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(FORGET)) {
            new Columns(statement).add(gone, Key::athleteId).uuids(gone, Key::exerciseId).add(gone, Key::kind);
            statement.execute();
        }
    }

    private record Key(String athleteId, UUID exerciseId, RecordKind kind) {
    }
}
