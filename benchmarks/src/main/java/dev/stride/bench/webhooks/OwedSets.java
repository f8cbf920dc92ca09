package dev.stride.bench.webhooks;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.sets.SetCompleted;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What webhook-service owes the healthy endpoints for a stretch of traffic, read back from completed-sets itself
 * (between two sets of end offsets, without a consumer group): every completed set of an athlete whose app is
 * healthy, keyed app/athlete/event id. Sets owed to dead endpoints are only counted.
 */
final class OwedSets {
    private final Set<String> healthy = new HashSet<>();
    private long owedToDead;

    private OwedSets() {
    }

    static String key(String app, String athleteId, String eventId) {
        return app + "/" + athleteId + "/" + eventId;
    }

    static OwedSets read(String bootstrapServers, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
                         Map<String, String> appOfAthlete, Set<String> deadApps) {
        OwedSets owed = new OwedSets();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.copyOf(to.keySet());
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < to.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                        owed.add(record, appOfAthlete, deadApps);
                    }
                }
            }
        }
        return owed;
    }

    private void add(ConsumerRecord<String, byte[]> record, Map<String, String> appOfAthlete, Set<String> deadApps) {
        String app = appOfAthlete.get(record.key());
        boolean set = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).filter(SetCompleted.TYPE::equals).isPresent();
        if (app == null || !set) {
            return;
        }
        if (deadApps.contains(app)) {
            owedToDead++;
        } else {
            healthy.add(key(app, record.key(), CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID).orElseThrow()));
        }
    }

    /** Keys of the sets owed to healthy endpoints. */
    Set<String> healthy() {
        return healthy;
    }

    long owedToDead() {
        return owedToDead;
    }
}
