package dev.stride.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** How far a consumer group has committed on a topic, against the topic's end. */
public final class GroupOffsets {
    private final Admin admin;
    private final String group;
    private final String topic;

    public GroupOffsets(Admin admin, String group, String topic) {
        this.admin = admin;
        this.group = group;
        this.topic = topic;
    }

    public Map<TopicPartition, Long> end() throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    public Map<TopicPartition, Long> committed() throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (Map.Entry<TopicPartition, OffsetAndMetadata> offset
                : admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()) {
            if (offset.getKey().topic().equals(topic) && offset.getValue() != null) {
                committed.put(offset.getKey(), offset.getValue().offset());
            }
        }
        return committed;
    }

    /** {@link #committed()}, tried again while the broker is not back yet. */
    public Map<TopicPartition, Long> committedOnceReachable(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return committed();
            } catch (Exception away) {
                if (System.nanoTime() > deadline) {
                    throw away;
                }
                Thread.sleep(100);
            }
        }
    }

    public static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until the group has committed at least {@code records} in all. */
    public void awaitCommitted(long records, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sum(committed()) < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " committed fewer than " + records + " records within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits until every partition that still had records to consume at {@code before} has committed
     * past it: ingestion moves again everywhere. The broker or the database may still be away at
     * first, so a failed look is tried again.
     */
    public void awaitEveryPartitionMoved(Map<TopicPartition, Long> before, Map<TopicPartition, Long> end, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<TopicPartition, Long> now = committed();
                if (end.keySet().stream().allMatch(p -> before.getOrDefault(p, 0L) >= end.get(p)
                        || now.getOrDefault(p, 0L) > before.getOrDefault(p, 0L))) {
                    return;
                }
            } catch (Exception away) {
                // the broker is not back yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(group + " did not move on every partition within " + timeout);
    }
}
