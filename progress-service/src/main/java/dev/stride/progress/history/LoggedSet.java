package dev.stride.progress.history;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import dev.stride.contracts.sets.Side;

/** A set as Stride stored it, with whether it was voided; {@code completedAt} at its own zone's offset. */
public record LoggedSet(String eventId, UUID exerciseId, OffsetDateTime completedAt, String timeZone, LocalDate localDate,
                        Integer reps, Double loadKg, Integer durationSeconds, Double distanceMeters, Side side,
                        Double rpe, UUID planId, UUID sessionId, Integer setNumber, String source, boolean voided) {

    /** The columns {@link #read} expects, in its order. */
    public static final String COLUMNS = """
            event_id, exercise_id, completed_at, time_zone, local_date, reps, load_kg, duration_seconds,
            distance_meters, side, rpe, plan_id, session_id, set_number, source, voided""";

    /** Reads {@link #COLUMNS} starting at column {@code first}. */
    public static LoggedSet read(ResultSet row, int first) throws SQLException {
        String zone = row.getString(first + 3);
        String side = row.getString(first + 9);
        return new LoggedSet(row.getString(first), row.getObject(first + 1, UUID.class),
                row.getObject(first + 2, OffsetDateTime.class).atZoneSameInstant(ZoneId.of(zone)).toOffsetDateTime(),
                zone, row.getObject(first + 4, LocalDate.class), (Integer) row.getObject(first + 5),
                number(row.getBigDecimal(first + 6)), (Integer) row.getObject(first + 7),
                number(row.getBigDecimal(first + 8)), side == null ? null : Side.valueOf(side),
                (Double) row.getObject(first + 10), row.getObject(first + 11, UUID.class),
                row.getObject(first + 12, UUID.class), (Integer) row.getObject(first + 13), row.getString(first + 14),
                row.getBoolean(first + 15));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
