package dev.stride.progress.records;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.progress.sets.Columns;
import dev.stride.progress.sets.StoredSet;

/**
 * Rebuilds {@code personal_record} of some athletes from their sets that are not voided: the best
 * value per exercise and kind; on a tie the earliest set holds it (then the smallest event id),
 * so neither arrival order nor voids matter. Runs off the ingestion path, a few athletes at a time.
 */
public final class RecordBook {
    private static final String KEPT = """
            SELECT athlete_id, exercise_id, kind, value, achieved_on, event_id FROM personal_record
            WHERE athlete_id = ANY (?::text[])""";
    private static final String SETS = """
            SELECT event_id, athlete_id, exercise_id, local_date, reps, load_kg, duration_seconds, distance_meters, side,
                completed_at
            FROM completed_set WHERE athlete_id = ANY (?::text[]) AND NOT voided""";
    private static final String FORGET = "DELETE FROM personal_record WHERE athlete_id = ANY (?::text[])";
    private static final String KEEP = """
            INSERT INTO personal_record (athlete_id, exercise_id, kind, value, achieved_on, completed_at, event_id)
            SELECT c.athlete, c.exercise::uuid, c.kind, c.value::numeric, c.day::date, c.at::timestamptz, c.id
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS c(athlete, exercise, kind, value, day, at, id)""";

    private RecordBook() {
    }

    /** Rebuilds the athletes' records; returns those that are new or higher than the ones kept before. */
    public static List<PersonalRecord> rebuild(Connection connection, List<String> athletes) throws SQLException {
        Map<List<Object>, PersonalRecord> before = new HashMap<>();
        for (PersonalRecord kept : read(connection, KEPT, athletes)) {
            before.put(List.of(kept.athleteId(), kept.exerciseId(), kept.kind()), kept);
        }
        List<Candidate> best = best(candidates(connection, athletes));
        write(connection, athletes, best);
        List<PersonalRecord> raised = new ArrayList<>();
        for (Candidate record : best) {
            PersonalRecord previous = before.get(List.of(record.athleteId(), record.exerciseId(), record.kind()));
            if (previous == null || record.value().compareTo(previous.value()) > 0) {
                raised.add(record.toRecord());
            }
        }
        return raised;
    }

    private static List<Candidate> candidates(Connection connection, List<String> athletes) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SETS)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StoredSet set = StoredSet.read(rows);
                    Instant at = rows.getObject(10, OffsetDateTime.class).toInstant();
                    for (RecordKind kind : RecordKind.values()) {
                        kind.score(set.reps(), set.loadKg(), set.holdSeconds()).ifPresent(value -> candidates.add(
                                new Candidate(set.eventId(), set.athleteId(), set.exerciseId(), kind, value, set.day(), at)));
                    }
                }
            }
        }
        return candidates;
    }

    private static List<Candidate> best(List<Candidate> candidates) {
        Map<List<Object>, Candidate> best = candidates.stream().collect(Collectors.toMap(
                c -> List.of(c.athleteId(), c.exerciseId(), c.kind()), c -> c,
                (a, b) -> Candidate.ORDER.compare(a, b) >= 0 ? a : b, HashMap::new));
        return new ArrayList<>(best.values());
    }

    private static void write(Connection connection, List<String> athletes, List<Candidate> rows) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET);
             PreparedStatement keep = connection.prepareStatement(KEEP)) {
            new Columns(forget).add(athletes, a -> a);
            forget.execute();
            new Columns(keep).add(rows, Candidate::athleteId).add(rows, Candidate::exerciseId)
                    .add(rows, Candidate::kind).add(rows, c -> c.value().toPlainString()).add(rows, Candidate::day)
                    .add(rows, Candidate::completedAt).add(rows, Candidate::eventId);
            keep.execute();
        }
    }

    private static List<PersonalRecord> read(Connection connection, String sql, List<String> athletes) throws SQLException {
        List<PersonalRecord> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            new Columns(statement).add(athletes, a -> a);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    records.add(PersonalRecord.read(row));
                }
            }
        }
        return records;
    }

    /** A set's claim to one record. */
    record Candidate(String eventId, String athleteId, UUID exerciseId, RecordKind kind, BigDecimal value,
                     LocalDate day, Instant completedAt) {
        /** Better first: higher value, then earlier, then smaller event id. */
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::value)
                .thenComparing(Candidate::completedAt, Comparator.reverseOrder())
                .thenComparing(Candidate::eventId, Comparator.reverseOrder());

        PersonalRecord toRecord() {
            return new PersonalRecord(athleteId, exerciseId, kind, value, day, eventId);
        }
    }
}
