package dev.stride.progress.sets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stride.contracts.sets.SetVoided;
import dev.stride.progress.erasure.ErasureLock;
import dev.stride.progress.records.RecordBook;
import dev.stride.progress.volume.VolumeDeltas;

/**
 * Writes one batch of sets and voids in the caller's transaction with a fixed number of
 * set-based statements, whatever the batch size: the sets, the daily volume and the personal
 * records. Streaks, weeks and the announcements follow off this path (see {@code FactScanner}).
 * Idempotent: a set already stored adds nothing, a void withdraws a set once, whether it comes
 * before or after it. Nothing is stored for an erased athlete.
 */
public final class SetLedger {
    private static final String INSERT_VOIDS = """
            INSERT INTO set_void (voided_event_id, athlete_id, event_id)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS v(voided, athlete, id)
            WHERE NOT EXISTS (SELECT 1 FROM erased_athlete e WHERE e.athlete_id = v.athlete)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_SETS = """
            INSERT INTO completed_set (event_id, athlete_id, exercise_id, completed_at, local_date, time_zone,
                reps, load_kg, duration_seconds, distance_meters, side, plan_id, fingerprint, voided,
                session_id, rpe, set_number, source)
            SELECT s.id, s.athlete, s.exercise, s.at::timestamptz, s.day::date, s.zone, s.reps,
                s.load::numeric, s.hold, s.distance::numeric, s.side, s.plan, s.fingerprint,
                EXISTS (SELECT 1 FROM set_void v WHERE v.voided_event_id = s.id AND v.athlete_id = s.athlete),
                s.session, s.rpe, s.number, s.source
            FROM unnest(?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::float8[],
                ?::int4[], ?::float8[], ?::text[], ?::uuid[], ?::int8[], ?::uuid[], ?::float8[], ?::int4[], ?::text[])
                AS s(id, athlete, exercise, at, day, zone, reps, load, hold, distance, side, plan, fingerprint,
                    session, rpe, number, source)
            WHERE NOT EXISTS (SELECT 1 FROM erased_athlete e WHERE e.athlete_id = s.athlete)
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id, voided""";
    private static final String STORED_FINGERPRINTS =
            "SELECT event_id, fingerprint FROM completed_set WHERE event_id = ANY (?::text[])";
    private static final String APPLY_VOIDS = """
            UPDATE completed_set c SET voided = TRUE, changed_in = pg_current_xact_id(),
                change_seq = nextval('set_change_seq')
            FROM unnest(?::text[], ?::text[]) AS v(id, athlete)
            WHERE c.event_id = v.id AND c.athlete_id = v.athlete AND NOT c.voided
            RETURNING c.event_id, c.athlete_id, c.exercise_id, c.local_date, c.reps, c.load_kg,
                c.duration_seconds, c.distance_meters, c.side""";

    private SetLedger() {
    }

    /**
     * Stores the batch ({@code sets} has one set per event id); returns the fingerprint now stored
     * for each of their ids, so that the caller can tell re-deliveries from conflicts.
     */
    public static Map<String, Long> write(Connection connection, List<PerformedSet> sets, List<SetVoided> voids)
            throws SQLException {
        ErasureLock.share(connection);
        insertVoids(connection, voids);
        Set<String> counted = new HashSet<>();
        Set<String> inserted = insertSets(connection, sets, counted);
        Map<String, Long> stored = storedFingerprints(connection, sets, inserted);
        VolumeDeltas deltas = new VolumeDeltas();
        List<PerformedSet> added = sets.stream().filter(s -> counted.contains(s.event().eventId())).toList();
        added.forEach(deltas::add);
        List<StoredSet> withdrawn = applyVoids(connection, voids);
        withdrawn.forEach(deltas::subtract);
        deltas.write(connection);
        RecordBook.improve(connection, added);
        RecordBook.withdraw(connection, withdrawn);
        AthleteZones.remember(connection, added);
        AthleteZones.recheck(connection, withdrawn.stream().map(StoredSet::athleteId).distinct().toList());
        return stored;
    }

    private static void insertVoids(Connection connection, List<SetVoided> voids) throws SQLException {
        if (voids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_VOIDS)) {
            new Columns(statement).add(voids, SetVoided::voidedEventId).add(voids, SetVoided::athleteId)
                    .add(voids, SetVoided::eventId);
            statement.execute();
        }
    }

    /** Returns the ids inserted now; {@code counted} receives those of them not already voided. */
    private static Set<String> insertSets(Connection connection, List<PerformedSet> sets, Set<String> counted)
            throws SQLException {
        Set<String> inserted = new HashSet<>();
        if (sets.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_SETS)) {
            new Columns(statement).add(sets, s -> s.event().eventId()).add(sets, s -> s.event().athleteId())
                    .uuids(sets, s -> s.event().exerciseId()).add(sets, s -> s.event().completedAt())
                    .add(sets, PerformedSet::day).add(sets, s -> s.event().timeZone())
                    .ints(sets, s -> s.event().reps()).doubles(sets, s -> s.event().loadKg())
                    .ints(sets, s -> s.event().durationSeconds()).doubles(sets, s -> s.event().distanceMeters())
                    .add(sets, s -> s.event().side()).uuids(sets, s -> s.event().planId())
                    .longs(sets, PerformedSet::fingerprint).uuids(sets, s -> s.event().sessionId())
                    .doubles(sets, s -> s.event().rpe()).ints(sets, s -> s.event().setNumber())
                    .add(sets, s -> s.event().source());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                    if (!rows.getBoolean(2)) {
                        counted.add(rows.getString(1));
                    }
                }
            }
        }
        return inserted;
    }

    private static Map<String, Long> storedFingerprints(Connection connection, List<PerformedSet> sets,
                                                        Set<String> inserted) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        List<PerformedSet> known = new ArrayList<>();
        for (PerformedSet set : sets) {
            if (inserted.contains(set.event().eventId())) {
                stored.put(set.event().eventId(), set.fingerprint());
            } else {
                known.add(set);
            }
        }
        if (known.isEmpty()) {
            return stored;
        }
        try (PreparedStatement statement = connection.prepareStatement(STORED_FINGERPRINTS)) {
            new Columns(statement).add(known, s -> s.event().eventId());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return stored;
    }

    private static List<StoredSet> applyVoids(Connection connection, List<SetVoided> voids) throws SQLException {
        List<StoredSet> withdrawn = new ArrayList<>();
        if (voids.isEmpty()) {
            return withdrawn;
        }
        try (PreparedStatement statement = connection.prepareStatement(APPLY_VOIDS)) {
            new Columns(statement).add(voids, SetVoided::voidedEventId).add(voids, SetVoided::athleteId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    withdrawn.add(StoredSet.read(rows));
                }
            }
        }
        return withdrawn;
    }
}
