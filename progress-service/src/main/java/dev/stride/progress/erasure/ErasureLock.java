package dev.stride.progress.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps an erasure and the writes about athletes apart: every transaction that stores sets, plans,
 * facts or imports holds the lock shared, an erasure holds it alone. So an erasure waits for the writes already under
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

    /** Which of these athletes are erased (to be called once the lock is shared: the answer then holds until commit). */
    public static Set<String> erased(Connection connection, List<String> athleteIds) throws SQLException {
        Set<String> erased = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT athlete_id FROM erased_athlete WHERE athlete_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", athleteIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    erased.add(row.getString(1));
                }
            }
        }
        return erased;
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
