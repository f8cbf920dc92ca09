package dev.stride.bench.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.WorkloadProducer;
import org.HdrHistogram.Histogram;

/**
 * While live traffic flows at a fixed rate, sends ten probe sets a second, each by an athlete of
 * its own, and measures from just before the send until both {@code /volume} and {@code /streaks}
 * show it (polled every 10 ms, {@code /streaks} once {@code /volume} shows it, so the figures are
 * at most about 10 ms pessimistic and the polling does not load the service twice).
 */
public final class EndToEndLatency {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Auckland"));
    private static final long TIMEOUT_NANOS = Duration.ofSeconds(30).toNanos();

    private final WorkloadProducer producer;
    private final Truth truth;
    private final LiveSets live;
    private final ProgressClient client;
    private final Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    private final AtomicLong lost = new AtomicLong();

    public EndToEndLatency(WorkloadProducer producer, Truth truth, LiveSets live, ProgressClient client) {
        this.producer = producer;
        this.truth = truth;
        this.live = live;
        this.client = client;
    }

    /** Runs for {@code seconds} at {@code rate} events/s; returns the latencies in microseconds. */
    public Histogram run(int rate, int seconds, String tag) throws InterruptedException {
        ExecutorService pollers = Executors.newFixedThreadPool(8);
        try (SteadyTraffic traffic = new SteadyTraffic(producer, truth, live, rate)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (int probe = 0; System.nanoTime() < end; probe++) {
                String athlete = "probe-" + tag + "-" + probe;
                ZoneId zone = ZONES.get(probe % ZONES.size());
                long sentAt = System.nanoTime();
                producer.send(live.probe(athlete, zone, Instant.now()), truth);
                pollers.execute(() -> awaitVisible(athlete, sentAt));
                Thread.sleep(100);
            }
        }
        pollers.shutdown();
        pollers.awaitTermination(1, TimeUnit.MINUTES);
        return micros;
    }

    public long lost() {
        return lost.get();
    }

    /** Polls every 10 ms until the check holds; false once the probe is 30 s old. */
    private static boolean poll(Check check, long sentAt) throws Exception {
        while (!check.holds()) {
            if (System.nanoTime() - sentAt > TIMEOUT_NANOS) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitVisible(String athlete, long sentAt) {
        try {
            if (!poll(() -> client.inVolume(athlete), sentAt) || !poll(() -> client.inStreaks(athlete), sentAt)) {
                lost.incrementAndGet();
                return;
            }
            synchronized (micros) {
                micros.recordValue(Math.min(micros.getHighestTrackableValue(), (System.nanoTime() - sentAt) / 1_000));
            }
        } catch (Exception e) {
            lost.incrementAndGet();
        }
    }
}
