package dev.stride.progress.sets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.StorageFaults;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    private final AgroalDataSource dataSource;
    private final DeadLetterQueue deadLetters;
    private final Clock clock;

    SetIngestion(AgroalDataSource dataSource, DeadLetterQueue deadLetters, Clock clock) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    public void ingest(Iterable<ConsumerRecord<String, byte[]>> records) {
        store(decode(records));
    }

    public DecodedBatch decode(Iterable<ConsumerRecord<String, byte[]>> records) {
        return DecodedBatch.of(records, clock.instant());
    }

    public void store(DecodedBatch batch) {
        List<DeadLetter> letters = new ArrayList<>(batch.rejected());
        storeIsolatingUnstorable(batch, letters, new Refusals(batch.size()));
        deadLetters.send(Topics.COMPLETED_SETS_DLQ, letters);
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

        void count(RuntimeException refusal) {
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
