package dev.stride.bench.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The service's heap in use, from its metrics ({@code jvm_memory_used_bytes} of every heap pool, summed) every
 * 500 ms; keeps the highest sample. A peak between two samples is missed, so the figure is a lower bound.
 */
final class HeapMeter implements AutoCloseable {
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);
    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest metrics;
    private final Thread sampler;
    private volatile long peakBytes;
    private volatile int samples;

    HeapMeter(String metricsUrl) {
        this.metrics = HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(5)).build();
        this.sampler = new Thread(this::sample, "heap-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    double peakMb() {
        return peakBytes / (1024.0 * 1024.0);
    }

    int samples() {
        return samples;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String body = http.send(metrics, HttpResponse.BodyHandlers.ofString()).body();
                peakBytes = Math.max(peakBytes, heapUsed(body));
                samples++;
                Thread.sleep(SAMPLE_EVERY.toMillis());
            } catch (IOException missed) {
                // the next sample counts
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    private static long heapUsed(String prometheusText) {
        return (long) prometheusText.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
