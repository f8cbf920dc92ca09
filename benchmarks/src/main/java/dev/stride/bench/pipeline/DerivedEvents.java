package dev.stride.bench.pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The work progress-service derives from ingested sets off the ingestion path: athletes waiting
 * for the fact scanner (records, streaks and weeks to announce) and progress-events waiting in
 * the outbox. Read straight from the service's database; an athlete leased to a scanner (for a
 * minute, also by an instance that died) counts as waiting.
 */
public final class DerivedEvents {
    private static final String PENDING = """
            SELECT (SELECT count(*) FROM athlete WHERE next_check_at <= now() + interval '1 minute'),
                   (SELECT count(*) FROM outbox_message)""";

    private final Connection connection;

    public DerivedEvents(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no athlete is due and the outbox is empty; returns how long that took. */
    public Duration awaitCaughtUp(Duration timeout) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("derived events still pending after " + timeout + ": " + pending());
            }
            Thread.sleep(250);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** progress-events published so far (each fact once). */
    public long published() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM progress_fact")) {
            row.next();
            return row.getLong(1);
        }
    }

    private long pending() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(PENDING)) {
            row.next();
            return row.getLong(1) + row.getLong(2);
        }
    }
}
