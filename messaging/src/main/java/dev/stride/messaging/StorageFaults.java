package dev.stride.messaging;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a record's fault from the system's when the database refuses a write. Only SQLSTATE class
 * 22 (data exception: bytes the encoding refuses, a value out of a type's range) and class 23
 * (integrity constraint: a check or foreign key) are the record's: the same records fail the same
 * way however often they are retried, so they are isolated and dead-lettered. Everything else —
 * a lost connection, a deadlock, a serialization failure, a missing table, a bug — is the
 * system's: it is retried with backoff until it heals, and never costs a record.
 */
public final class StorageFaults {
    private StorageFaults() {
    }

    /** True when retrying the same records cannot succeed. */
    public static boolean causedByRecord(Throwable failure) {
        return sqlState(failure).map(state -> state.startsWith("22") || state.startsWith("23")).orElse(false);
    }

    /**
     * The database's own reason, without the statement or the row: the first line of its message
     * with the {@code ERROR:} prefix removed, and the SQLSTATE.
     */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String first = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("");
                return first.replaceFirst("^ERROR:\\s*", "") + " (SQLSTATE " + sql.getSQLState() + ")";
            }
        }
        return "the database refused the record";
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
