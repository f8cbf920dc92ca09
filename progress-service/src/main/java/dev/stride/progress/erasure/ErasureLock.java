package dev.stride.progress.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps an erasure and the writes about athletes apart: every transaction that stores sets or plans
 * holds the lock shared, an erasure holds it alone. So an erasure waits for the writes already under
 * way and deletes what they stored, and a write that starts after it sees the athlete erased.
 */
public final class ErasureLock {
    private static final long KEY = 0x5374726964654552L;

    private ErasureLock() {
    }

    /** Held by a transaction that stores something about athletes, until it ends. */
    public static void share(Connection connection) throws SQLException {
        take(connection, "SELECT pg_advisory_xact_lock_shared(?)");
    }

    static void takeAlone(Connection connection) throws SQLException {
        take(connection, "SELECT pg_advisory_xact_lock(?)");
    }

    private static void take(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
