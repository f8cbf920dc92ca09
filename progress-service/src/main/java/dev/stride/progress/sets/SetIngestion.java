package dev.stride.progress.sets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.StorageFaults;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes one poll of {@code completed-sets} in two steps: {@link #decode} checks it, {@link #store}
 * writes it, then sends what was refused to the DLQ. {@code store} returns only when both are
 * durable, so offsets committed afterwards never skip a record; a replay after a crash is absorbed
 * by idempotency.
 *
 * <p>When the database refuses the poll for a record's fault (see {@link StorageFaults}), whatever
 * its bytes and whichever rule it slipped past, the poll is split in halves, each stored in its
 * own transaction, until the records at fault stand alone: those go to the DLQ as
 * {@code unstorable}, every other is stored. A failure of the system's (connection, deadlock)
 * is retried here a few times and then thrown, and the poll loop rewinds.
 */
@ApplicationScoped
public class SetIngestion {
    private static final Logger LOG = Logger.getLogger(SetIngestion.class);
    private static final int ATTEMPTS = 5;
    private static final int DECODED_IN_HALVES_FROM = 1_000;
    private static final Comparator<DeadLetter> POLL_ORDER = Comparator.comparingInt((DeadLetter d) -> d.record().partition())
            .thenComparingLong(d -> d.record().offset());
    private final AgroalDataSource dataSource;
    private final DeadLetterQueue deadLetters;
    private final Clock clock;
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(task -> daemon(task, "completed-sets-decoder"));
    /** How many transactions store a poll side by side. */
    private final int sideBySide;
    /** Store every share of a poll but the first, which the caller's thread stores. */
    private final ExecutorService writers;

    SetIngestion(AgroalDataSource dataSource, DeadLetterQueue deadLetters, Clock clock,
                 @ConfigProperty(name = "stride.progress.ingestion.writers", defaultValue = "2") int writers) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.sideBySide = Math.max(1, writers);
        this.writers = Executors.newFixedThreadPool(Math.max(1, writers - 1), task -> daemon(task, "completed-sets-share"));
    }

    @PreDestroy
    void stop() {
        decoder.shutdown();
        writers.shutdown();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    public void ingest(Iterable<ConsumerRecord<String, byte[]>> records) {
        store(decode(records));
    }

    /**
     * Decodes a large poll in two halves side by side, the second on {@link #decoder}: decoding
     * (JSON, rules, fingerprints) is most of the poll thread's work, and the poll thread sets the
     * pace of the whole ingestion.
     */
    public DecodedBatch decode(Iterable<ConsumerRecord<String, byte[]>> records) {
        Instant now = clock.instant();
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        records.forEach(all::add);
        if (all.size() < DECODED_IN_HALVES_FROM) {
            return DecodedBatch.of(all, now);
        }
        int middle = all.size() / 2;
        Future<DecodedBatch> second = decoder.submit(() -> DecodedBatch.of(all.subList(middle, all.size()), now));
        DecodedBatch first = DecodedBatch.of(all.subList(0, middle), now);
        try {
            return first.followedBy(second.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("a poll could not be decoded", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while decoding a poll", e);
        }
    }

    /**
     * Stores the batch in {@link #sideBySide} transactions side by side, one per share of its athletes
     * (so that the database's work on one overlaps the service's on another), and returns once all
     * have ended; if one failed, the first failure is thrown then, after the others committed (a
     * replay absorbs what they stored).
     */
    public void store(DecodedBatch batch) {
        List<DeadLetter> letters = Collections.synchronizedList(new ArrayList<>(batch.rejected()));
        Refusals refusals = new Refusals(batch.size());
        List<DecodedBatch> shares = batch.byAthlete(sideBySide);
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < shares.size(); i++) {
            DecodedBatch share = shares.get(i);
            others.add(writers.submit(() -> storeIsolatingUnstorable(share, letters, refusals)));
        }
        RuntimeException failure = null;
        try {
            if (!shares.isEmpty()) {
                storeIsolatingUnstorable(shares.get(0), letters, refusals);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        failure = awaitAll(others, failure);
        if (failure != null) {
            throw failure;
        }
        List<DeadLetter> inPollOrder = new ArrayList<>(letters);
        inPollOrder.sort(POLL_ORDER);
        deadLetters.send(Topics.COMPLETED_SETS_DLQ, inPollOrder);
    }

    private static RuntimeException awaitAll(List<Future<?>> shares, RuntimeException failure) {
        RuntimeException first = failure;
        for (Future<?> share : shares) {
            try {
                share.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (first == null) {
                    first = new IllegalStateException("interrupted while storing a poll", e);
                }
            }
        }
        return first;
    }

    private void storeIsolatingUnstorable(DecodedBatch batch, List<DeadLetter> letters, Refusals refusals) {
        if (batch.size() == 0) {
            return;
        }
        try {
            letters.addAll(batch.conflicts(writeWithRetry(batch)));
        } catch (RuntimeException e) {
            if (!StorageFaults.causedByRecord(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                ConsumerRecord<String, byte[]> record = batch.records().get(0);
                refusals.count(e);
                LOG.warnf("completed-sets %d@%d refused by the database, sent to the DLQ: %s",
                        record.partition(), record.offset(), StorageFaults.reason(e));
                letters.add(DeadLetter.unstorable(record, e));
                return;
            }
            batch.halves().forEach(half -> storeIsolatingUnstorable(half, letters, refusals));
        }
    }

    /**
     * Records the database refuses in one poll. More than ten, and more than half of the poll, is
     * no longer a bad record but a bad schema or migration (a new constraint every set breaks):
     * then nothing is dead-lettered, the poll fails as the system's fault, and ingestion waits,
     * not ready, until the database accepts sets again.
     */
    private static final class Refusals {
        private static final int FEW = 10;
        private final int pollSize;
        private int refused;

        Refusals(int pollSize) {
            this.pollSize = pollSize;
        }

        synchronized void count(RuntimeException refusal) {
            refused++;
            if (refused > FEW && refused * 2 > pollSize) {
                throw new IllegalStateException("the database refuses most sets of the poll, a schema fault: "
                        + StorageFaults.reason(refusal));
            }
        }
    }

    /** A deadlock or a lost connection rolls the whole batch back; it is then tried again, unchanged. */
    private Map<String, Long> writeWithRetry(DecodedBatch batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(batch));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || StorageFaults.causedByRecord(e)) {
                    throw e;
                }
                LOG.warnf("Batch of %d sets rolled back (attempt %d), retrying: %s", batch.size(), attempt, e.getMessage());
            }
        }
    }

    private Map<String, Long> write(DecodedBatch batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SetLedger.write(connection, batch.sets(), batch.voids());
        }
    }
}
