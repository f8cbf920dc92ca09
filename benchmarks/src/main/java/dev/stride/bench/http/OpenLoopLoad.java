package dev.stride.bench.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends HTTP requests at a constant rate whatever the server does (open loop), over at most a fixed
 * number of connections, and measures each from the moment it was due rather than from when it
 * was sent: a request that comes due while every connection is busy waits its turn, and that wait
 * counts, so a stalled server shows up as latency instead of quietly lowering the rate (no
 * coordinated omission) or making the client open ever more connections.
 */
public final class OpenLoopLoad {
    private static final long MAX_TRACKED_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final HttpClient client;
    private final int connections;

    public OpenLoopLoad(HttpClient client, int connections) {
        this.client = client;
        this.connections = connections;
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
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long total = duration.toNanos() / interval;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            waitUntil(due);
            HttpRequest request = requests.apply(i);
            senders.execute(() -> {
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400) {
                        failed.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    failed.incrementAndGet();
                }
                latencyMicros.recordValue(Math.min(MAX_TRACKED_MICROS, (System.nanoTime() - due) / 1000));
            });
        }
        long sentFor = System.nanoTime() - start;
        senders.shutdown();
        if (!senders.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
            senders.shutdownNow();
        }
        return new LoadResult(latencyMicros, total, failed.get(), perSecond, Duration.ofNanos(sentFor));
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
