package dev.stride.progress.sets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether {@code completed-sets} ingestion is working through a backlog: it has had a large poll
 * in the last seconds. Background work that re-reads what ingestion writes yields to it then.
 */
@ApplicationScoped
public class IngestionPace {
    private static final int LARGE_POLL = 1_000;
    private static final Duration QUIET = Duration.ofSeconds(2);
    private final Clock clock = Clock.systemUTC();
    private volatile Instant lastLargePoll = Instant.EPOCH;

    void polled(int records) {
        if (records >= LARGE_POLL) {
            lastLargePoll = clock.instant();
        }
    }

    public boolean catchingUp() {
        return clock.instant().isBefore(lastLargePoll.plus(QUIET));
    }
}
