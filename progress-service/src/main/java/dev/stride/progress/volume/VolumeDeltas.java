package dev.stride.progress.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.progress.sets.Columns;
import dev.stride.progress.sets.PerformedSet;
import dev.stride.progress.sets.StoredSet;

/** A batch's change to {@code daily_volume}, summed in memory and written in one statement. */
public final class VolumeDeltas {
    private static final String UPSERT = """
            INSERT INTO daily_volume AS d (athlete_id, day, exercise_id, sets, reps, tonnage_kg, hold_seconds, distance_meters)
            SELECT v.athlete, v.day::date, v.exercise, v.sets, v.reps, v.tonnage::numeric, v.hold, v.distance::numeric
            FROM unnest(?::text[], ?::text[], ?::uuid[], ?::int8[], ?::int8[], ?::text[], ?::int8[], ?::text[])
                AS v(athlete, day, exercise, sets, reps, tonnage, hold, distance)
            ORDER BY v.athlete, v.day, v.exercise
            ON CONFLICT (athlete_id, day, exercise_id) DO UPDATE SET sets = d.sets + excluded.sets,
                reps = d.reps + excluded.reps, tonnage_kg = d.tonnage_kg + excluded.tonnage_kg,
                hold_seconds = d.hold_seconds + excluded.hold_seconds,
                distance_meters = d.distance_meters + excluded.distance_meters""";

    private final Map<Key, SetVolume> deltas = new HashMap<>();

    /** The athlete, local day and exercise a delta belongs to. */
    public record Key(String athleteId, LocalDate day, UUID exerciseId) {
    }

    public void add(PerformedSet set) {
        deltas.merge(new Key(set.event().athleteId(), set.day(), set.event().exerciseId()), set.volume(), SetVolume::plus);
    }

    public void subtract(StoredSet set) {
        deltas.merge(new Key(set.athleteId(), set.day(), set.exerciseId()), set.volume().negate(), SetVolume::plus);
    }

    public Map<Key, SetVolume> changes() {
        return deltas;
    }

    public void write(Connection connection) throws SQLException {
        List<Map.Entry<Key, SetVolume>> rows = new ArrayList<>(deltas.entrySet());
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            new Columns(statement).add(rows, e -> e.getKey().athleteId()).add(rows, e -> e.getKey().day())
                    .uuids(rows, e -> e.getKey().exerciseId()).longs(rows, e -> e.getValue().sets())
                    .longs(rows, e -> e.getValue().reps()).add(rows, e -> e.getValue().tonnageKg().toPlainString())
                    .longs(rows, e -> e.getValue().holdSeconds()).add(rows, e -> e.getValue().distanceMeters().toPlainString());
            statement.execute();
        }
    }
}
