package dev.stride.progress.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

import dev.stride.progress.sets.Columns;
import dev.stride.progress.sets.PerformedSet;
import dev.stride.progress.sets.StoredSet;

/**
 * Keeps {@code personal_record} as sets arrive, in the ingestion's transaction: the best value per
 * athlete, exercise and kind; on a tie the earliest set holds it (then the smallest event id), so
 * neither arrival order nor voids matter. A new set can only raise a record, so it is compared
 * with the one kept; a void of the set holding a record re-reads that athlete's sets of that one
 * exercise. The fact scanner announces what rose (see {@code AnnouncedRecords}).
 */
public final class RecordBook {
    private static final String IMPROVE = """
            INSERT INTO personal_record AS p (athlete_id, exercise_id, kind, value, achieved_on, completed_at, event_id)
            SELECT c.athlete, c.exercise, c.kind, c.value::numeric, c.day::date, c.at::timestamptz, c.id
            FROM unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS c(athlete, exercise, kind, value, day, at, id)
            ORDER BY c.athlete, c.exercise, c.kind
            ON CONFLICT (athlete_id, exercise_id, kind) DO UPDATE SET value = excluded.value,
                achieved_on = excluded.achieved_on, completed_at = excluded.completed_at, event_id = excluded.event_id
            WHERE (excluded.value, p.completed_at, p.event_id COLLATE "C")
                > (p.value, excluded.completed_at, excluded.event_id COLLATE "C")""";
    private static final String HELD = """
            SELECT DISTINCT p.athlete_id, p.exercise_id FROM personal_record p
            JOIN unnest(?::text[], ?::uuid[], ?::text[]) AS w(athlete, exercise, id)
                ON p.athlete_id = w.athlete AND p.exercise_id = w.exercise AND p.event_id = w.id""";
    private static final String FORGET = """
            DELETE FROM personal_record p USING unnest(?::text[], ?::uuid[]) AS w(athlete, exercise)
            WHERE p.athlete_id = w.athlete AND p.exercise_id = w.exercise""";
    private static final String SETS = """
            SELECT c.event_id, c.athlete_id, c.exercise_id, c.local_date, c.reps, c.load_kg, c.duration_seconds,
                c.distance_meters, c.side, c.completed_at
            FROM completed_set c JOIN unnest(?::text[], ?::uuid[]) AS w(athlete, exercise)
                ON c.athlete_id = w.athlete AND c.exercise_id = w.exercise
            WHERE NOT c.voided""";

    private RecordBook() {
    }

    /** Raises the records that sets newly counted beat. */
    public static void improve(Connection connection, List<PerformedSet> added) throws SQLException {
        raise(connection, best(added.stream().flatMap(set -> Candidate.of(set).stream()).toList()));
    }

    /** Re-reads the records that withdrawn (voided) sets held, from the sets left. */
    public static void withdraw(Connection connection, List<StoredSet> withdrawn) throws SQLException {
        if (withdrawn.isEmpty()) {
            return;
        }
        List<Pair> held = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(HELD)) {
            new Columns(statement).add(withdrawn, StoredSet::athleteId).uuids(withdrawn, StoredSet::exerciseId)
                    .add(withdrawn, StoredSet::eventId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.add(new Pair(rows.getString(1), rows.getObject(2, UUID.class)));
                }
            }
        }
        if (!held.isEmpty()) {
            reread(connection, held);
        }
    }

    /** Replaces the pairs' records by the best of their sets left. */
    private static void reread(Connection connection, List<Pair> pairs) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            new Columns(forget).add(pairs, Pair::athleteId).uuids(pairs, Pair::exerciseId);
            forget.execute();
        }
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SETS)) {
            new Columns(statement).add(pairs, Pair::athleteId).uuids(pairs, Pair::exerciseId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.addAll(Candidate.of(StoredSet.read(rows), rows.getObject(10, OffsetDateTime.class).toInstant()));
                }
            }
        }
        raise(connection, best(candidates));
    }

    /** Keeps each candidate whose record is missing or worse. */
    private static void raise(Connection connection, List<Candidate> best) throws SQLException {
        if (best.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(IMPROVE)) {
            new Columns(statement).add(best, Candidate::athleteId).uuids(best, Candidate::exerciseId)
                    .add(best, Candidate::kind).add(best, c -> c.value().toPlainString()).add(best, Candidate::day)
                    .add(best, Candidate::completedAt).add(best, Candidate::eventId);
            statement.execute();
        }
    }

    private static List<Candidate> best(List<Candidate> candidates) {
        Map<List<Object>, Candidate> best = new HashMap<>();
        for (Candidate candidate : candidates) {
            best.merge(candidate.key(), candidate, (a, b) -> Candidate.ORDER.compare(a, b) >= 0 ? a : b);
        }
        return new ArrayList<>(best.values());
    }

    private record Pair(String athleteId, UUID exerciseId) {
    }

    /** A set's claim to one record. */
    record Candidate(String eventId, String athleteId, UUID exerciseId, RecordKind kind, BigDecimal value,
                     LocalDate day, Instant completedAt) {
        /** Better first: higher value, then earlier, then smaller event id. */
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::value)
                .thenComparing(Candidate::completedAt, Comparator.reverseOrder())
                .thenComparing(Candidate::eventId, Comparator.reverseOrder());

        /** The claims of a set just counted, its load rounded as {@code completed_set.load_kg} keeps it. */
        static List<Candidate> of(PerformedSet set) {
            Double load = set.event().loadKg() == null ? null
                    : BigDecimal.valueOf(set.event().loadKg()).setScale(3, RoundingMode.HALF_UP).doubleValue();
            return claims(set.event().eventId(), set.event().athleteId(), set.event().exerciseId(), set.day(),
                    set.event().completedAt().toInstant(), set.event().reps(), load, set.event().durationSeconds());
        }

        static List<Candidate> of(StoredSet set, Instant completedAt) {
            return claims(set.eventId(), set.athleteId(), set.exerciseId(), set.day(), completedAt, set.reps(),
                    set.loadKg(), set.holdSeconds());
        }

        private static List<Candidate> claims(String eventId, String athleteId, UUID exerciseId, LocalDate day,
                                              Instant completedAt, Integer reps, Double loadKg, Integer holdSeconds) {
            List<Candidate> claims = new ArrayList<>(2);
            for (RecordKind kind : RecordKind.values()) {
                kind.score(reps, loadKg, holdSeconds).ifPresent(value ->
                        claims.add(new Candidate(eventId, athleteId, exerciseId, kind, value, day, completedAt)));
            }
            return claims;
        }

        List<Object> key() {
            return List.of(athleteId, exerciseId, kind);
        }
    }
}
