package dev.stride.bench.webhooks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stride.bench.pipeline.EndToEndLatency;
import dev.stride.bench.pipeline.ProgressClient;
import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.WorkloadProducer;
import org.HdrHistogram.Histogram;

/**
 * Steady traffic to completed-sets with the pipeline benchmark's end-to-end probes ({@link EndToEndLatency}: live
 * sets at the rate, ten probes a second read back through progress-service's API), and how many sets
 * progress-service stored per second meanwhile (rows of {@code completed_set}, counted as the traffic starts and
 * as it stops).
 */
final class IngestionPhase {
    private final WorkloadProducer producer;
    private final Truth truth = new Truth();
    private final LiveSets live;
    private final ProgressClient client;
    private final Connection progressDatabase;
    private final WebhookLoadOptions options;

    /** One phase's figures: sets stored per second, end-to-end latency (µs), probes lost, when the traffic ran. */
    record Figures(double storedPerSecond, Histogram e2eMicros, long lost, Instant start, Instant end) {
    }

    IngestionPhase(WorkloadProducer producer, LiveSets live, ProgressClient client, Connection progressDatabase,
                   WebhookLoadOptions options) {
        this.producer = producer;
        this.live = live;
        this.client = client;
        this.progressDatabase = progressDatabase;
        this.options = options;
    }

    /** The same traffic, not measured, so that every JVM has compiled its paths. */
    void warmUp(String tag) throws InterruptedException {
        new EndToEndLatency(producer, truth, live, client).run(options.rate(), options.warmup(), tag);
    }

    Figures measure(String tag) throws Exception {
        EndToEndLatency e2e = new EndToEndLatency(producer, truth, live, client);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            long before = storedSets();
            Instant start = Instant.now();
            Future<Histogram> latency = runner.submit(() -> e2e.run(options.rate(), options.seconds(), tag));
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plusSeconds(options.seconds())).toMillis()));
            long after = storedSets();
            Instant end = Instant.now();
            Histogram micros = latency.get();
            double seconds = Duration.between(start, end).toNanos() / 1e9;
            return new Figures((after - before) / seconds, micros, e2e.lost(), start, end);
        } finally {
            runner.shutdown();
        }
    }

    private long storedSets() throws SQLException {
        try (Statement statement = progressDatabase.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM completed_set")) {
            row.next();
            return row.getLong(1);
        }
    }
}
