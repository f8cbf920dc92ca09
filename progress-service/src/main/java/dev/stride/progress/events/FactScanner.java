package dev.stride.progress.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stride.progress.erasure.ErasureLock;
import dev.stride.progress.sets.IngestionPace;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes streak and week facts off the ingestion path: on one thread, takes the athletes
 * whose sets changed or whose local midnight passed, compares what they have now with what was
 * published, and enqueues the differences with the new state in one transaction, with the
 * personal records raised since. Rounds of at most a batch of athletes: after a round that found
 * fewer, the next comes an interval later; after a full one (more are waiting), it comes once the
 * scanner has rested as long as the round took, so that a backlog of announcements goes out at
 * half the pace the database allows and the ingestion and the reads keep the other half (every
 * athlete is still looked at in turn, and due-ness is per athlete, not per set). While ingestion
 * catches up with a backlog, one round in ten intervals only (each round would re-read histories
 * that the next poll changes again).
 */
@ApplicationScoped
public class FactScanner {
    private static final Logger LOG = Logger.getLogger(FactScanner.class);
    /** During a backlog a round runs once in this many intervals: histories change with every poll then. */
    private static final int BACKLOG_SLOWDOWN = 10;
    private final AgroalDataSource dataSource;
    private final IngestionPace pace;
    private final Clock clock;
    private final int batchSize;
    private final Duration interval;
    private volatile boolean running;
    private Thread thread;

    FactScanner(AgroalDataSource dataSource, IngestionPace pace, Clock clock,
                @ConfigProperty(name = "stride.progress.facts.batch-size", defaultValue = "500") int batchSize,
                @ConfigProperty(name = "stride.progress.facts.interval", defaultValue = "1s") Duration interval) {
        this.dataSource = dataSource;
        this.pace = pace;
        this.clock = clock;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "progress-facts");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    private void run() {
        int skipped = 0;
        while (running) {
            try {
                long pause = interval.toMillis();
                if (pace.catchingUp() && skipped < BACKLOG_SLOWDOWN - 1) {
                    skipped++;
                } else {
                    skipped = 0;
                    long start = System.nanoTime();
                    if (scan() == batchSize) {
                        pause = Math.min(pause, Duration.ofNanos(System.nanoTime() - start).toMillis());
                    }
                }
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Progress facts not computed yet, will retry: %s", e.getMessage());
            }
        }
    }

    /** One round over at most a batch of due athletes; returns how many were due in it. */
    int scan() {
        List<Claims.Claim> claims = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return Claims.claim(connection, batchSize, OffsetDateTime.now(clock));
            }
        });
        if (!claims.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> publish(claims));
        }
        return claims.size();
    }

    private void publish(List<Claims.Claim> claimed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            ErasureLock.share(connection);
            Set<String> erased = ErasureLock.erased(connection, claimed.stream().map(Claims.Claim::athleteId).toList());
            List<Claims.Claim> claims = claimed.stream().filter(claim -> !erased.contains(claim.athleteId())).toList();
            if (claims.isEmpty()) {
                return;
            }
            List<String> athletes = claims.stream().map(Claims.Claim::athleteId).toList();
            var runs = PublishedState.runs(connection, athletes);
            var weeks = PublishedState.weeks(connection, athletes);
            List<FactLog.Fact> facts = new ArrayList<>();
            List<PublishedState.RunRow> runRows = new ArrayList<>();
            List<PublishedState.WeekRow> weekRows = new ArrayList<>();
            for (AthleteHistory history : Histories.load(connection, claims, now)) {
                StreakFacts.Outcome streaks = StreakFacts.evaluate(history, runs.getOrDefault(history.athleteId(), Map.of()), now.toInstant());
                WeekFacts.Outcome closed = WeekFacts.evaluate(history, weeks.getOrDefault(history.athleteId(), Map.of()), now.toInstant());
                facts.addAll(streaks.facts());
                facts.addAll(closed.facts());
                streaks.current().values().forEach(run -> runRows.add(new PublishedState.RunRow(history.athleteId(), run)));
                closed.changed().forEach(week -> weekRows.add(new PublishedState.WeekRow(history.athleteId(), week)));
            }
            PublishedState.save(connection, athletes, runRows, weekRows);
            facts.addAll(RecordFacts.of(AnnouncedRecords.announce(connection, athletes), now.toInstant()));
            FactLog.publish(connection, facts);
            Claims.release(connection, claims, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
