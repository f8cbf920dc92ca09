package dev.stride.progress.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a statement's parameters in order; nulls go as untyped nulls, the SQL casts each parameter. */
public final class Statements {
    private Statements() {
    }

    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
