package dev.stride.bench.http;

import java.time.Duration;

import org.HdrHistogram.Histogram;

/**
 * What an open-loop run measured: latencies in microseconds from each request's due time, of every
 * answered request (errors included); {@code failed} counts error statuses and transport errors.
 */
public record LoadResult(Histogram latencyMicros, long sent, long failed, int targetPerSecond, Duration sentFor) {

    /** Requests answered (with any status) before the run's drain time ended. */
    public long answered() {
        return latencyMicros.getTotalCount();
    }

    /** Sent but without an answer before the run's drain time ended. */
    public long unanswered() {
        return Math.max(0, sent - answered());
    }

    public long errors() {
        return failed + unanswered();
    }

    /** Requests a second that came due: shows whether the client kept the rate. */
    public double achievedPerSecond() {
        return sent / (sentFor.toNanos() / 1e9);
    }

    public double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** One Markdown table row: label, target and achieved rate, p50, p90, p99, p99.9, max (ms), errors. */
    public String markdownRow(String label) {
        return String.format("| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |", label, targetPerSecond,
                achievedPerSecond(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
                percentileMillis(99.9), latencyMicros.getMaxValue() / 1000.0, errors());
    }

    public static String markdownHeader() {
        return "| request | target req/s | sent req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }
}
