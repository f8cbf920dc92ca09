package dev.stride.progress.sets;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import dev.stride.contracts.sets.Side;
import dev.stride.progress.volume.SetVolume;

/** A set as read back from {@code completed_set}. */
public record StoredSet(String eventId, String athleteId, UUID exerciseId, LocalDate day, Integer reps,
                        Double loadKg, Integer holdSeconds, Double distanceMeters, Side side) {

    /** Reads the columns event_id, athlete_id, exercise_id, local_date, reps, load_kg, duration_seconds, distance_meters, side. */
    public static StoredSet read(ResultSet row) throws SQLException {
        String side = row.getString(9);
        return new StoredSet(row.getString(1), row.getString(2), row.getObject(3, UUID.class),
                row.getObject(4, LocalDate.class), (Integer) row.getObject(5), number(row.getBigDecimal(6)),
                (Integer) row.getObject(7), number(row.getBigDecimal(8)), side == null ? null : Side.valueOf(side));
    }

    public SetVolume volume() {
        return SetVolume.of(reps, loadKg, holdSeconds, distanceMeters, side);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
