package dev.stride.progress.records;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.stride.progress.sets.Columns;
import dev.stride.progress.sets.PerformedSet;
import dev.stride.progress.sets.StoredSet;

/**
 * Keeps {@code personal_record}: the best value per athlete, exercise and kind; on a tie the
 * earliest set holds it (then the smallest event id), so arrival order never matters.
 */
public final class RecordBook {
    private static final String UPSERT = """
            INSERT INTO personal_record AS r (athlete_id, exercise_id, kind, value, achieved_on, completed_at, event_id)
            SELECT c.athlete, c.exercise::uuid, c.kind, c.value::numeric, c.day::date, c.at::timestamptz, c.id
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS c(athlete, exercise, kind, value, day, at, id)
            ON CONFLICT (athlete_id, exercise_id, kind) DO UPDATE SET value = excluded.value,
                achieved_on = excluded.achieved_on, completed_at = excluded.completed_at, event_id = excluded.event_id
            WHERE excluded.value > r.value OR (excluded.value = r.value AND (excluded.completed_at < r.completed_at
                OR (excluded.completed_at = r.completed_at AND excluded.event_id COLLATE "C" < r.event_id COLLATE "C")))
            RETURNING r.athlete_id, r.exercise_id, r.kind, r.value, r.achieved_on, r.event_id""";
    private static final String FORGET = """
            DELETE FROM personal_record r USING unnest(?::text[], ?::text[]) AS p(athlete, exercise)
            WHERE r.athlete_id = p.athlete AND r.exercise_id = p.exercise::uuid""";
    private static final String REMAINING = """
            SELECT c.event_id, c.athlete_id, c.exercise_id, c.local_date, c.reps, c.load_kg, c.duration_seconds,
                c.distance_meters, c.side, c.completed_at
            FROM completed_set c JOIN unnest(?::text[], ?::text[]) AS p(athlete, exercise)
                ON c.athlete_id = p.athlete AND c.exercise_id = p.exercise::uuid
            WHERE NOT c.voided""";

    private RecordBook() {
    }

    /** Offers newly counted sets; returns the records they set or raised. */
    public static List<PersonalRecord> improve(Connection connection, List<PerformedSet> sets) throws SQLException {
        List<Candidate> candidates = sets.stream()
                .flatMap(s -> Candidate.of(s.event().eventId(), s.event().athleteId(), s.event().exerciseId(), s.day(),
                        s.event().completedAt().toInstant(), s.event().reps(), s.event().loadKg(),
                        s.event().durationSeconds()).stream())
                .toList();
        return upsert(connection, best(candidates));
    }

    /** After voids: forgets the records of the exercises concerned and rebuilds them from what remains. */
    public static void recompute(Connection connection, List<StoredSet> withdrawn) throws SQLException {
        List<List<String>> pairs = withdrawn.stream()
                .map(s -> List.of(s.athleteId(), s.exerciseId().toString())).distinct().toList();
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(FORGET)) {
            new Columns(statement).add(pairs, p -> p.get(0)).add(pairs, p -> p.get(1));
            statement.execute();
        }
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REMAINING)) {
            new Columns(statement).add(pairs, p -> p.get(0)).add(pairs, p -> p.get(1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StoredSet set = StoredSet.read(rows);
                    Instant at = rows.getObject(10, java.time.OffsetDateTime.class).toInstant();
                    candidates.addAll(Candidate.of(set.eventId(), set.athleteId(), set.exerciseId(), set.day(), at,
                            set.reps(), set.loadKg(), set.holdSeconds()));
                }
            }
        }
        upsert(connection, best(candidates));
    }

    private static List<Candidate> best(List<Candidate> candidates) {
        Map<List<Object>, Candidate> best = candidates.stream().collect(Collectors.toMap(
                c -> List.of(c.athleteId(), c.exerciseId(), c.kind()), c -> c,
                (a, b) -> Candidate.ORDER.compare(a, b) >= 0 ? a : b, HashMap::new));
        return new ArrayList<>(best.values());
    }

    private static List<PersonalRecord> upsert(Connection connection, List<Candidate> rows) throws SQLException {
        List<PersonalRecord> changed = new ArrayList<>();
        if (rows.isEmpty()) {
            return changed;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            new Columns(statement).add(rows, Candidate::athleteId).add(rows, Candidate::exerciseId)
                    .add(rows, Candidate::kind).add(rows, c -> c.value().toPlainString()).add(rows, Candidate::day)
                    .add(rows, Candidate::completedAt).add(rows, Candidate::eventId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    changed.add(PersonalRecord.read(result));
                }
            }
        }
        return changed;
    }

    /** A set's claim to one record. */
    record Candidate(String eventId, String athleteId, UUID exerciseId, RecordKind kind, BigDecimal value,
                     LocalDate day, Instant completedAt) {
        /** Better first: higher value, then earlier, then smaller event id. */
        static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::value)
                .thenComparing(Candidate::completedAt, Comparator.reverseOrder())
                .thenComparing(Candidate::eventId, Comparator.reverseOrder());

        static List<Candidate> of(String eventId, String athleteId, UUID exerciseId, LocalDate day, Instant at,
                                  Integer reps, Double loadKg, Integer holdSeconds) {
            List<Candidate> claims = new ArrayList<>(RecordKind.values().length);
            for (RecordKind kind : RecordKind.values()) {
                kind.score(reps, loadKg, holdSeconds).ifPresent(value ->
                        claims.add(new Candidate(eventId, athleteId, exerciseId, kind, value, day, at)));
            }
            return claims;
        }
    }
}
