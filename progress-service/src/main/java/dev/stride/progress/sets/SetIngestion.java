package dev.stride.progress.sets;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Takes one poll of {@code completed-sets} in two steps: {@link #decode} checks it, {@link #store}
 * writes it in one transaction, then sends what was refused to the DLQ. {@code store} returns only
 * when both are durable, so offsets committed afterwards never skip a record; a replay after a
 * crash is absorbed by idempotency.
 */
@ApplicationScoped
public class SetIngestion {
    private static final Logger LOG = Logger.getLogger(SetIngestion.class);
    private static final int ATTEMPTS = 5;
    private final AgroalDataSource dataSource;
    private final DeadLetters deadLetters;
    private final Clock clock;

    SetIngestion(AgroalDataSource dataSource, DeadLetters deadLetters) {
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.clock = Clock.systemUTC();
    }

    public void ingest(Iterable<ConsumerRecord<String, byte[]>> records) {
        store(decode(records));
    }

    public DecodedBatch decode(Iterable<ConsumerRecord<String, byte[]>> records) {
        return DecodedBatch.of(records, clock.instant());
    }

    public void store(DecodedBatch batch) {
        Map<String, Long> stored = writeWithRetry(batch);
        List<DecodedBatch.Rejected> rejected = new ArrayList<>(batch.rejected());
        rejected.addAll(batch.conflicts(stored));
        deadLetters.send(rejected);
    }

    /** A deadlock or a lost connection rolls the whole batch back; it is then tried again, unchanged. */
    private Map<String, Long> writeWithRetry(DecodedBatch batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(batch));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Batch of %d sets rolled back (attempt %d), retrying: %s", batch.sets().size(), attempt, e.getMessage());
            }
        }
    }

    private Map<String, Long> write(DecodedBatch batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SetLedger.write(connection, batch.sets(), batch.voids());
        }
    }
}
