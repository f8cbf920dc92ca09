package dev.stride.catalog.exercise;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.stride.contracts.Topics;
import dev.stride.testing.StrideInfrastructure;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.awaitility.Awaitility;

/** Reads exercise-definitions from the start, keeping only the records of some exercises. */
final class ExerciseEvents implements AutoCloseable {
    private final KafkaCompanion companion = StrideInfrastructure.companion();
    private final ConsumerTask<String, String> task;

    ExerciseEvents(Set<String> keys) {
        task = companion.consumeStrings()
                .withGroupId("catalog-test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(Set.of(Topics.EXERCISE_DEFINITIONS), records -> records.select().where(r -> keys.contains(r.key())));
    }

    /** What has arrived so far, in arrival order. */
    List<ConsumerRecord<String, String>> received() {
        return task.getRecords();
    }

    /** Waits until at least {@code count} records have arrived, and returns them in arrival order. */
    List<ConsumerRecord<String, String>> await(int count, Duration timeout) {
        Awaitility.await().atMost(timeout).until(() -> task.count() >= count);
        return task.getRecords();
    }

    /** Waits until the records that arrived satisfy {@code done}, and returns them in arrival order. */
    List<ConsumerRecord<String, String>> awaitUntil(Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        Awaitility.await().atMost(timeout).until(() -> done.test(task.getRecords()));
        return task.getRecords();
    }

    @Override
    public void close() {
        task.stop();
        companion.close();
    }
}
