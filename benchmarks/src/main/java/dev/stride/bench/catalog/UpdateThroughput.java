package dev.stride.bench.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Updates exercises as fast as {@code workers} clients can (each owns its own exercises, so no
 * If-Match conflicts) and times until every update's event has been read back from Kafka.
 */
final class UpdateThroughput {
    private static final String TOPIC = "exercise-definitions";
    /** How long without a new event ends the wait when fewer events than updates have arrived. */
    private static final Duration QUIET = Duration.ofSeconds(15);

    /** {@code onKafka} events read back, the last one {@code toKafkaTime} after the first update was sent. */
    record Result(int updates, long onKafka, Duration restTime, Duration toKafkaTime) {
        double restPerSecond() {
            return updates / (restTime.toNanos() / 1e9);
        }

        double kafkaPerSecond() {
            return onKafka / (toKafkaTime.toNanos() / 1e9);
        }
    }

    static Result run(CatalogClient client, List<String> ids, String bootstrapServers, int updatesPerExercise, int workers)
            throws Exception {
        try (KafkaConsumer<byte[], byte[]> consumer = consumerAtEnd(bootstrapServers)) {
            int updates = ids.size() * updatesPerExercise;
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                done.add(pool.submit(() -> updateOwn(client, ids, worker, workers, updatesPerExercise)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            long restDone = System.nanoTime();
            pool.shutdown();
            long seen = 0;
            long lastRecord = restDone;
            while (seen < updates && System.nanoTime() - lastRecord < QUIET.toNanos()) {
                int polled = consumer.poll(Duration.ofMillis(100)).count();
                seen += polled;
                lastRecord = polled > 0 ? System.nanoTime() : lastRecord;
            }
            return new Result(updates, seen, Duration.ofNanos(restDone - start), Duration.ofNanos(lastRecord - start));
        }
    }

    private static Void updateOwn(CatalogClient client, List<String> ids, int worker, int workers, int rounds) throws Exception {
        for (int round = 1; round <= rounds; round++) {
            for (int n = worker; n < ids.size(); n += workers) {
                // Exercises 0..(ids.size()-1) were created at version 1 by the benchmark.
                client.update(ids.get(n), n, round, "update " + round);
            }
        }
        return null;
    }

    private static KafkaConsumer<byte[], byte[]> consumerAtEnd(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        partitions.forEach(p -> consumer.seek(p, ends.get(p)));
        return consumer;
    }
}
