package dev.stride.messaging;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JacksonException;
import org.apache.kafka.common.KafkaException;

/**
 * Tells a record's fault from the system's when the database refuses a write. Only SQLSTATE class
 * 22 (data exception: bytes the encoding refuses, a value out of a type's range), class 23
 * (integrity constraint: a check or foreign key) and class 54 (a limit: an index row too large)
 * are the record's: the same records fail the same way however often they are retried, so they
 * are isolated and dead-lettered. Every other SQLSTATE — a lost connection, a deadlock, a
 * serialization failure, a missing table — is the system's: it is retried with backoff until it
 * heals, and never costs a record.
 */
public final class StorageFaults {
    private StorageFaults() {
    }

    /** True when retrying the same records cannot succeed. */
    public static boolean causedByRecord(Throwable failure) {
        return sqlState(failure).map(StorageFaults::recordState).orElse(false);
    }

    /**
     * Whether waiting can help a write that failed: a database, broker, transaction or network
     * failure other than a record's fault. Anything else — a value the code cannot handle, a rule a
     * stored row no longer meets — fails the same way every time, and is the record's to carry.
     */
    public static boolean worthRetrying(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState() == null || !recordState(sql.getSQLState());
            }
            if (cause instanceof KafkaException || cause instanceof BrokerUnavailable || cause instanceof TimeoutException
                    || cause instanceof IOException && !(cause instanceof JacksonException)
                    || cause.getClass().getName().startsWith("jakarta.transaction.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean recordState(String state) {
        return state.startsWith("22") || state.startsWith("23") || state.startsWith("54");
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
