package dev.stride.progress.sets;

import static dev.stride.progress.fixtures.SetRecords.record;
import static dev.stride.progress.fixtures.SetRecords.set;
import static dev.stride.testing.As.asPlatform;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.stride.contracts.Topics;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.KafkaClients;
import dev.stride.testing.StrideInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A second instance of the ingestion loop joins the consumer group mid-stream and leaves it
 * mid-stream: the partitions are shared, then handed back, through the commit-on-revoke path, and
 * every set is counted exactly once with every offset committed — also on the partitions that get
 * no record after the handover, whose last commit nothing later would repeat.
 */
@QuarkusTest
class RebalanceTest {
    private static final int ATHLETES = 60;
    private static final int SETS_PER_PHASE = 1_000;
    private static final int REPS = 5;
    private static final int PARTITIONS = 12;

    @Inject
    SetIngestion ingestion;
    @Inject
    IngestionPace pace;
    @Inject
    ConsumerHealth health;
    @Inject
    MeterRegistry meters;
    @Inject
    KafkaClients clients;
    @ConfigProperty(name = "quarkus.application.name")
    String group;

    @Test
    void anInstanceJoiningAndLeavingMidStreamLosesAndDoublesNothing() throws Exception {
        String prefix = "rebalance-" + UUID.randomUUID() + "-";
        UUID squat = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> sets = new ArrayList<>();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; sets.size() < 3 * SETS_PER_PHASE; i++) {
            String athlete = prefix + (i % ATHLETES);
            // The last phase writes to half the partitions only: the others' last commits must land without new records.
            if (sets.size() >= 2 * SETS_PER_PHASE && partitionOf(athlete) >= PARTITIONS / 2) {
                continue;
            }
            String day = "2026-11-0" + (2 + i % 7) + "T18:00:00Z";
            sets.add(record(set(athlete + "-" + i, athlete, squat, day, "UTC", REPS, 40.0, null, null)));
            expected.merge(athlete, 1, Integer::sum);
        }
        CompletedSetsLoop second = new CompletedSetsLoop(ingestion, pace, health, meters, clients, group, 200);
        try (KafkaCompanion companion = StrideInfrastructure.companion(); Admin admin = admin()) {
            produce(companion, sets.subList(0, SETS_PER_PHASE));
            second.start(null);
            await().atMost(Duration.ofSeconds(60)).until(() -> partitionsPerMember(admin).size() == 2
                    && partitionsPerMember(admin).stream().allMatch(partitions -> partitions > 0));
            assertEquals(PARTITIONS, partitionsPerMember(admin).stream().mapToInt(Integer::intValue).sum());
            produce(companion, sets.subList(SETS_PER_PHASE, 2 * SETS_PER_PHASE));
            second.stop(null);
            produce(companion, sets.subList(2 * SETS_PER_PHASE, 3 * SETS_PER_PHASE));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(endOffsets(admin), committed(admin)));
            await().atMost(Duration.ofSeconds(60)).until(() -> partitionsPerMember(admin).equals(List.of(PARTITIONS)));
        }
        for (Map.Entry<String, Integer> athlete : expected.entrySet()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> asPlatform()
                    .get("/athletes/{id}/volume?from=2026-11-02&to=2026-11-08&bucket=week", athlete.getKey())
                    .then().statusCode(200)
                    .body("buckets[0].total.sets", equalTo(athlete.getValue()))
                    .body("buckets[0].total.reps", equalTo(athlete.getValue() * REPS)));
        }
    }

    private static int partitionOf(String athlete) {
        return BuiltInPartitioner.partitionForKey(athlete.getBytes(StandardCharsets.UTF_8), PARTITIONS);
    }

    private static void produce(KafkaCompanion companion, List<ProducerRecord<String, byte[]>> records) {
        companion.produce(String.class, byte[].class).fromRecords(records).awaitCompletion();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, StrideInfrastructure.bootstrapServers()));
    }

    /** How many partitions of completed-sets each member of the group holds. */
    private List<Integer> partitionsPerMember(Admin admin) throws Exception {
        Collection<MemberDescription> members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
        return members.stream().map(m -> (int) m.assignment().topicPartitions().stream()
                .filter(p -> p.topic().equals(Topics.COMPLETED_SETS)).count()).toList();
    }

    private Map<TopicPartition, Long> committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.COMPLETED_SETS))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        int partitions = admin.describeTopics(List.of(Topics.COMPLETED_SETS)).allTopicNames().get()
                .get(Topics.COMPLETED_SETS).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions)
                .mapToObj(p -> new TopicPartition(Topics.COMPLETED_SETS, p))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
