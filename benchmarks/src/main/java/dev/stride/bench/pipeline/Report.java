package dev.stride.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stride.bench.ProcessMeter;
import org.HdrHistogram.Histogram;

/** The results table of one run, in Markdown, as the run goes. */
final class Report {
    private final List<String> rows = new ArrayList<>();

    void row(String figure, String measured, String target) {
        rows.add("| " + figure + " | " + measured + " | " + target + " |");
        System.out.println("[pipeline] " + figure + ": " + measured + (target.isEmpty() ? "" : " (" + target + ")"));
    }

    void rate(String figure, double perSecond, String target) {
        row(figure, String.format("%,.0f /s", perSecond), target);
    }

    void latency(String figure, Histogram micros, String target) {
        row(figure, String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", ms(micros, 50), ms(micros, 99),
                micros.getMaxValue() / 1000.0, micros.getTotalCount()), target);
    }

    void resources(Map<String, ProcessMeter.Usage> phases) {
        phases.forEach((phase, usage) -> row("service during " + phase,
                String.format("peak RSS %.0f MB, CPU %.2f cores (%.1f CPU-s)", usage.peakRssMb(), usage.cores(),
                        usage.cpuSeconds()), "RSS <= 512 MB"));
    }

    void cpu(String process, Map<String, ProcessMeter.Usage> phases) {
        phases.forEach((phase, usage) -> row(process + " during " + phase,
                String.format("CPU %.2f cores (%.1f CPU-s)", usage.cores(), usage.cpuSeconds()), ""));
    }

    static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    String markdown() {
        return "| figure | measured | target / note |\n|---|---|---|\n" + String.join("\n", rows);
    }
}
