package dev.stride.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.WorkloadProducer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

/**
 * One set per partition of {@code completed-sets}, sent after everything else: the service takes
 * a partition in order, so once every sentinel shows in the API, every record before it has been
 * ingested. Each sentinel athlete is picked so that its key lands on its partition.
 */
public final class Sentinels {
    private final List<String> athletes;

    private Sentinels(List<String> athletes) {
        this.athletes = athletes;
    }

    public static Sentinels send(WorkloadProducer producer, Truth truth, LiveSets live, String tag, int partitions) {
        List<String> athletes = new ArrayList<>();
        for (int partition = 0, k = 0; partition < partitions; k++) {
            String athlete = "sentinel-" + tag + "-" + k;
            if (BuiltInPartitioner.partitionForKey(athlete.getBytes(StandardCharsets.UTF_8), partitions) == partition) {
                producer.send(live.probe(athlete, ZoneId.of("UTC"), Instant.now()), truth);
                athletes.add(athlete);
                partition++;
            }
        }
        producer.flush();
        return new Sentinels(athletes);
    }

    int size() {
        return athletes.size();
    }

    /** Waits until every sentinel is visible; returns when the last one was seen. */
    public long awaitVisible(ProgressClient client, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = new ArrayList<>(athletes);
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not ingested within " + timeout + ": " + waiting);
            }
            for (String athlete : List.copyOf(waiting)) {
                if (client.inVolume(athlete) && client.inStreaks(athlete)) {
                    waiting.remove(athlete);
                }
            }
            Thread.sleep(200);
        }
        return System.nanoTime();
    }
}
