package dev.stride.bench.pipeline;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import dev.stride.workload.LiveSets;
import dev.stride.workload.Truth;
import dev.stride.workload.WorkloadProducer;

/** Produces live sets at a fixed rate on a thread of its own until closed; every set enters the truth. */
final class SteadyTraffic implements AutoCloseable {
    private final WorkloadProducer producer;
    private final Truth truth;
    private final LiveSets live;
    private final int ratePerSecond;
    private final Thread thread;
    private volatile boolean running = true;
    private long sent;

    SteadyTraffic(WorkloadProducer producer, Truth truth, LiveSets live, int ratePerSecond) {
        this.producer = producer;
        this.truth = truth;
        this.live = live;
        this.ratePerSecond = ratePerSecond;
        this.thread = new Thread(this::produce, "steady-traffic");
        thread.start();
    }

    private void produce() {
        long start = System.nanoTime();
        while (running) {
            long due = (System.nanoTime() - start) * ratePerSecond / 1_000_000_000L;
            while (sent < due) {
                producer.send(live.next(Instant.now()), truth);
                sent++;
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        producer.flush();
    }

    long sent() {
        return sent;
    }
}
