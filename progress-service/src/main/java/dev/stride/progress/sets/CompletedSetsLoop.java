package dev.stride.progress.sets;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.stride.contracts.Topics;
import dev.stride.messaging.Backoff;
import dev.stride.messaging.BrokerUnavailable;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ingests {@code completed-sets} with a plain {@link KafkaConsumer} on two threads: the poll
 * thread fetches and decodes poll n+1 while the writer thread stores poll n, so that decoding
 * overlaps the database's work. Offsets are committed only for polls stored (and their refused
 * records dead-lettered), in poll order; a crash replays at most what was in flight, which
 * idempotency absorbs. A record the database refuses is isolated and dead-lettered by
 * {@link SetIngestion}; a poll that cannot be stored for the system's fault (database or broker
 * away) stops the writer, readiness goes down, and the poll thread rewinds to the last committed
 * offsets and tries again after a growing pause: nothing is skipped, and ingestion resumes by
 * itself when the system is back.
 */
@ApplicationScoped
public class CompletedSetsLoop {
    private static final Logger LOG = Logger.getLogger(CompletedSetsLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    /** How long stopping waits for the poll in flight to be stored and committed. */
    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(60);

    static final String CONSUMER = "completed-sets";
    private final SetIngestion ingestion;
    private final IngestionPace pace;
    private final ConsumerHealth health;
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final MeterRegistry meters;
    private final KafkaClients clients;
    private final Map<String, Object> config = new HashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "completed-sets-writer"));
    /** One permit: the poll handed to the writer and not yet stored. */
    private final Semaphore inFlight = new Semaphore(1);
    private final Map<TopicPartition, OffsetAndMetadata> stored = new HashMap<>();
    /** The highest offset handed to a commit, per partition (guarded by {@link #stored}): a refused commit is retried only if nothing newer was sent since. */
    private final Map<TopicPartition, Long> sent = new HashMap<>();
    private volatile Throwable failure;
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private KafkaClientMetrics metrics;
    private Thread thread;
    /** Counted down by {@link #stop}: ends a pause at once, without interrupting the thread, whose consumer must still leave its group. */
    private final CountDownLatch stopping = new CountDownLatch(1);

    CompletedSetsLoop(SetIngestion ingestion, IngestionPace pace, ConsumerHealth health, MeterRegistry meters,
                      KafkaClients clients, @ConfigProperty(name = "quarkus.application.name") String applicationName,
                      @ConfigProperty(name = "stride.progress.ingestion.max-poll-records", defaultValue = "5000") int maxPollRecords) {
        this.ingestion = ingestion;
        this.pace = pace;
        this.health = health;
        this.meters = meters;
        this.clients = clients;
        config.put(ConsumerConfig.GROUP_ID_CONFIG, applicationName);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        // Instances joining or leaving move only the partitions that change hands; the others keep ingesting.
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        // A killed instance's partitions wait for its session to expire: 10 s, not Kafka's 45 (docs/reliability.md).
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        // Large polls during a backlog, at most 20 ms of waiting for them when traffic is light.
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 65_536);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1_048_576);
    }

    void start(@Observes StartupEvent event) {
        consumer = clients.consumer("sets", config);
        metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(meters);
        running = true;
        thread = daemon(this::run, "completed-sets-poll");
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        stopping.countDown();
        if (consumer != null) {
            // No wakeup(): the poll returns within its timeout, and a wakeup left pending would break the last commit.
            thread.join(FINISH_TIMEOUT.plusSeconds(10).toMillis());
            metrics.close();
        }
        writer.shutdown();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.COMPLETED_SETS), new CommitOnRevoke());
            while (running) {
                try {
                    pollOnce();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    failure = e;
                    health.stalled(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE);
                    LOG.errorf("completed-sets poll failed; rewinding to the last committed offsets: %s", e.getMessage());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            if (running) {
                health.stalled(CONSUMER, "stopped");
                LOG.error("completed-sets poll loop stopped", e);
            }
        } finally {
            finishInFlight(); // the poll in flight is still finished and committed before the consumer leaves
            consumer.close();
        }
    }

    /**
     * Polls and decodes, waits for the writer to finish the poll before, commits what is stored,
     * and hands the new poll over; after a failure rewinds instead, after a pause that grows while
     * the failures go on.
     */
    private void pollOnce() throws InterruptedException {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
        pace.polled(records.count());
        DecodedBatch batch = records.isEmpty() ? null : ingestion.decode(records);
        awaitWriter();
        boolean handedOver = false;
        try {
            commitStored(false);
            if (failure != null) {
                rewind();
                return;
            }
            if (batch != null) {
                Map<TopicPartition, OffsetAndMetadata> next = nextOffsets(records);
                writer.execute(() -> store(batch, next));
                handedOver = true;
            }
        } finally {
            if (!handedOver) {
                inFlight.release();
            }
        }
    }

    /** On the writer thread. */
    private void store(DecodedBatch batch, Map<TopicPartition, OffsetAndMetadata> next) {
        try {
            ingestion.store(batch);
            synchronized (stored) {
                stored.putAll(next);
            }
            backoff.reset();
            health.progressing(CONSUMER);
        } catch (Throwable e) {
            // Whatever it was, this poll is not stored: its offsets must not be committed with the next one.
            failure = e;
            health.stalled(CONSUMER, e instanceof BrokerUnavailable
                    ? ConsumerHealth.BROKER_UNAVAILABLE : ConsumerHealth.STORAGE_UNAVAILABLE);
            LOG.errorf("A poll of %d sets could not be stored; rewinding to the last committed offsets: %s",
                    batch.sets().size(), e.getMessage());
        } finally {
            inFlight.release();
        }
    }

    private void awaitWriter() throws InterruptedException {
        inFlight.acquire();
    }

    /**
     * Commits the offsets of every poll stored so far, for the partitions this instance still holds (a
     * poll stored after its partitions were handed over must not move the new owner's offsets). On the
     * poll thread.
     */
    private void commitStored(boolean sync) {
        Set<TopicPartition> held = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        synchronized (stored) {
            stored.forEach((partition, offset) -> {
                if (held.contains(partition)) {
                    offsets.put(partition, offset);
                }
            });
            stored.clear();
            if (offsets.isEmpty()) {
                return;
            }
            offsets.forEach((partition, offset) -> sent.merge(partition, offset.offset(), Math::max));
        }
        if (sync) {
            consumer.commitSync(offsets);
        } else {
            consumer.commitAsync(offsets, (committed, e) -> {
                if (e != null) {
                    commitAgainLater(offsets);
                    LOG.warnf("Offsets not committed, will be tried again: %s", e.getMessage());
                }
            });
        }
    }

    /**
     * A commit refused (a rebalance under way) is tried with the next one, for the partitions still
     * held, unless a newer offset was sent or is waiting (never backwards): with no new record on a
     * partition, nothing else would ever commit what was stored there. On the poll thread, where
     * commit callbacks run.
     */
    private void commitAgainLater(Map<TopicPartition, OffsetAndMetadata> refused) {
        Set<TopicPartition> held = consumer.assignment();
        synchronized (stored) {
            refused.forEach((partition, offset) -> {
                if (held.contains(partition) && offset.offset() >= sent.getOrDefault(partition, 0L)) {
                    stored.merge(partition, offset, (waiting, again) -> waiting.offset() >= again.offset() ? waiting : again);
                }
            });
        }
    }

    /** Partitions gone to another instance: nothing of theirs may be committed from here any more. */
    private void forget(Collection<TopicPartition> partitions) {
        synchronized (stored) {
            partitions.forEach(partition -> {
                stored.remove(partition);
                sent.remove(partition);
            });
        }
    }

    /** After a failed poll: back to the last committed offsets, after a pause. */
    private void rewind() throws InterruptedException {
        if (stopping.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS)) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
        for (TopicPartition partition : consumer.assignment()) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        failure = null;
    }

    private void finishInFlight() {
        try {
            if (inFlight.tryAcquire(FINISH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                try {
                    commitStored(true);
                } finally {
                    inFlight.release(); // closing the consumer revokes its partitions, and CommitOnRevoke takes the permit again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("Last offsets not committed, the sets will be replayed and absorbed: %s", e.getMessage());
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> ofPartition = records.records(partition);
            next.put(partition, new OffsetAndMetadata(ofPartition.get(ofPartition.size() - 1).offset() + 1));
        }
        return next;
    }

    /**
     * Before partitions go to another instance: let the poll in flight finish and commit it. Partitions
     * lost (this instance was thrown out of the group) can no longer be committed: their new owner
     * replays from the last commit, which idempotency absorbs.
     */
    private final class CommitOnRevoke implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            try {
                if (!inFlight.tryAcquire(FINISH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    forget(partitions); // the writer is stuck: the new owner replays from the last commit
                    return;
                }
                try {
                    commitStored(true);
                } finally {
                    forget(partitions); // also what a refused commit's callback, run by commitSync, queued again
                    inFlight.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            try {
                awaitWriter();
                forget(partitions);
                inFlight.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
    }
}
