package dev.stride.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox in id order on one thread: takes a batch under a database lock (so that
 * two instances never interleave), sends it, and deletes exactly the leading run of messages the
 * broker acknowledged. A failed send keeps the rest for the next round, so nothing is lost; a
 * crash after sending re-sends (consumers are idempotent).
 * <p>
 * Ids follow insertion, and a writer locks its aggregate before it enqueues, so two events of one
 * aggregate are in id order even when unrelated transactions commit out of id order. Per-key order
 * also relies on the producer retrying, in order, until the broker is back: a record that
 * expired in the producer's queue would let the records queued behind it overtake it. Hence a long
 * delivery timeout, and a round's transaction that outlives it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock a relay holds for a round: one relay of a database publishes at a time. */
    public static final long RELAY_LOCK = 0x5374726964654f42L;

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSender sender;
    private final int batchSize;
    private final Duration pollInterval;
    private final int roundTimeoutSeconds;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, OutboxSender sender,
                @ConfigProperty(name = "stride.outbox.batch-size", defaultValue = "500") int batchSize,
                @ConfigProperty(name = "stride.outbox.poll-interval", defaultValue = "1s") Duration pollInterval,
                @ConfigProperty(name = "stride.outbox.delivery-timeout-ms", defaultValue = OutboxSender.DELIVERY_TIMEOUT_MS)
                int deliveryTimeoutMs) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.sender = sender;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.roundTimeoutSeconds = deliveryTimeoutMs / 1000 + 60;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Publishes soon after the current transaction commits, rather than at the next poll. */
    void wakeUpAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    /** Messages still waiting to be published. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return OutboxTable.count(connection);
            }
        });
    }

    private void run() {
        while (running) {
            try {
                wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                int published;
                do {
                    published = publishBatch();
                } while (running && published == batchSize);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox not published yet, will retry: %s", e.getMessage());
            }
        }
    }

    /** Publishes the oldest messages; returns how many were acknowledged and removed. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(roundTimeoutSeconds).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return publishRound(connection);
            }
        });
    }

    private int publishRound(Connection connection) throws SQLException, InterruptedException {
        if (!OutboxTable.tryRelayLock(connection)) {
            return 0;
        }
        List<OutboxMessage> batch = OutboxTable.oldest(connection, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        int acknowledged = sender.send(batch);
        if (acknowledged > 0) {
            // By id, not "up to the last id": a row with a lower id may commit after this read.
            OutboxTable.delete(connection, batch.subList(0, acknowledged));
        }
        if (acknowledged < batch.size()) {
            throw new IllegalStateException((batch.size() - acknowledged) + " message(s) not acknowledged");
        }
        return acknowledged;
    }
}
