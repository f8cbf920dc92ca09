package dev.stride.progress.sets;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether {@code completed-sets} ingestion is working through a backlog: it has had a large poll
 * in the last seconds. Background work that re-reads what ingestion writes yields to it then.
 */
@ApplicationScoped
public class IngestionPace {
    private static final int LARGE_POLL = 1_000;
    private static final Duration QUIET = Duration.ofSeconds(2);
    /** Elapsed time, not a date: the monotonic clock. */
    private volatile long lastLargePollNanos = System.nanoTime() - QUIET.toNanos();

    void polled(int records) {
        if (records >= LARGE_POLL) {
            lastLargePollNanos = System.nanoTime();
        }
    }

    public boolean catchingUp() {
        return System.nanoTime() - lastLargePollNanos < QUIET.toNanos();
    }
}
