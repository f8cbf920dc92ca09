package dev.stride.progress.sets;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds whole columns as PostgreSQL text arrays, so that a statement over
 * {@code unnest(?::text[], ...)} writes a batch of any size in one round trip.
 */
public final class Columns {
    private final PreparedStatement statement;
    private int index;

    public Columns(PreparedStatement statement) {
        this.statement = statement;
    }

    public <T> Columns add(List<T> rows, Function<T, ?> column) throws SQLException {
        String[] values = rows.stream().map(column).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
        Connection connection = statement.getConnection();
        Array array = connection.createArrayOf("text", values);
        statement.setArray(++index, array);
        return this;
    }

    public static String text(Object value) {
        return Objects.toString(value, null);
    }
}
