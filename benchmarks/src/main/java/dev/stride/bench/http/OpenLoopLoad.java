package dev.stride.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends HTTP requests at a constant rate whatever the server does (open loop), and measures each
 * from the moment it was due rather than from when it was sent, so that a stalled server shows up
 * as latency instead of quietly lowering the rate (no coordinated omission).
 */
public final class OpenLoopLoad {
    private static final long MAX_TRACKED_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final HttpClient client;
    private final int maxInFlight;

    /** At most 1,024 requests waiting at once. */
    public OpenLoopLoad(HttpClient client) {
        this(client, 1024);
    }

    /** {@code maxInFlight} bounds the connections a saturated server makes the client open; beyond it a request is dropped. */
    public OpenLoopLoad(HttpClient client, int maxInFlight) {
        this.client = client;
        this.maxInFlight = maxInFlight;
    }

    /** The HTTP/1.1 client with keep-alive that the load uses by default. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * Sends {@code perSecond} requests a second for {@code duration}; request {@code i} is made by
     * {@code requests.apply(i)}. Waits up to {@code drain} for the last answers.
     */
    public LoadResult run(LongFunction<HttpRequest> requests, int perSecond, Duration duration, Duration drain)
            throws InterruptedException {
        Histogram latencyMicros = new ConcurrentHistogram(MAX_TRACKED_MICROS, 3);
        AtomicLong failed = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        long dropped = 0;
        Phaser outstanding = new Phaser(1);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long total = duration.toNanos() / interval;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            waitUntil(due);
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                dropped++;
                continue;
            }
            outstanding.register();
            client.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencyMicros.recordValue(Math.min(MAX_TRACKED_MICROS, (System.nanoTime() - due) / 1000));
                if (error != null || response.statusCode() >= 400) {
                    failed.incrementAndGet();
                }
                inFlight.decrementAndGet();
                outstanding.arriveAndDeregister();
            });
        }
        long sentFor = System.nanoTime() - start;
        awaitAnswers(outstanding, drain);
        return new LoadResult(latencyMicros, total - dropped, dropped, failed.get(), perSecond, Duration.ofNanos(sentFor));
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void awaitAnswers(Phaser outstanding, Duration drain) throws InterruptedException {
        try {
            outstanding.awaitAdvanceInterruptibly(outstanding.arrive(), drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillWaiting) {
            // the requests still missing are counted as sent but not answered
        }
    }
}
