package dev.stride.progress.records;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** A personal record as kept: the best value of one kind for one exercise, and the day it was set. */
public record PersonalRecord(String athleteId, UUID exerciseId, RecordKind kind, BigDecimal value,
                             LocalDate achievedOn, String eventId) {

    public static PersonalRecord read(ResultSet row) throws SQLException {
        return new PersonalRecord(row.getString(1), row.getObject(2, UUID.class), RecordKind.valueOf(row.getString(3)),
                plain(row.getBigDecimal(4)), row.getObject(5, LocalDate.class), row.getString(6));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
