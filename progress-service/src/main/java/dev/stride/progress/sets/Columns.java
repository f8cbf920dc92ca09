package dev.stride.progress.sets;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Binds whole columns as PostgreSQL arrays, so that a statement over {@code unnest(?::text[],
 * ?::uuid[], ?::int8[], ...)} writes a batch of any size in one round trip. Numbers and uuids
 * are bound with their own types (numbers travel in binary), so that neither side formats or
 * parses them as text; other values as text.
 */
public final class Columns {
    private final PreparedStatement statement;
    private int index;

    public Columns(PreparedStatement statement) {
        this.statement = statement;
    }

    /** A {@code text[]} column. */
    public <T> Columns add(List<T> rows, Function<T, ?> column) throws SQLException {
        return bind("text", fill(rows, column.andThen(Columns::text), new String[rows.size()]));
    }

    /** A {@code uuid[]} column. */
    public <T> Columns uuids(List<T> rows, Function<T, UUID> column) throws SQLException {
        return bind("uuid", fill(rows, column, new UUID[rows.size()]));
    }

    /** An {@code int4[]} column. */
    public <T> Columns ints(List<T> rows, Function<T, Integer> column) throws SQLException {
        return bind("int4", fill(rows, column, new Integer[rows.size()]));
    }

    /** An {@code int8[]} column. */
    public <T> Columns longs(List<T> rows, Function<T, Long> column) throws SQLException {
        return bind("int8", fill(rows, column, new Long[rows.size()]));
    }

    /** A {@code float8[]} column. */
    public <T> Columns doubles(List<T> rows, Function<T, Double> column) throws SQLException {
        return bind("float8", fill(rows, column, new Double[rows.size()]));
    }

    private static <T, V> V[] fill(List<T> rows, Function<T, ? extends V> column, V[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return values;
    }

    private Columns bind(String elementType, Object[] values) throws SQLException {
        statement.setArray(++index, statement.getConnection().createArrayOf(elementType, values));
        return this;
    }

    public static String text(Object value) {
        return Objects.toString(value, null);
    }
}
