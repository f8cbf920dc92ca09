package dev.stride.bench.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/** The run's results as a Markdown table, one row per phase, ready to paste into docs/benchmarks.md. */
final class LoadTable {
    private static final String HEADER = """
            | phase | offered sets/s | ingestion sets/s | ingestion e2e p50 / p99 | deliveries/s | delivery p50 / p99 / max | drain | correctness |
            |---|---|---|---|---|---|---|---|""";
    private final List<String> rows = new ArrayList<>();

    void withoutWebhooks(int offered, IngestionPhase.Figures ingestion) {
        add("A: without webhooks", offered, ingestion, "—", "—", "—", "—");
    }

    void withWebhooks(int offered, IngestionPhase.Figures ingestion, Deliveries received, Duration drain, long owed) {
        Histogram micros = received.latencyMicros();
        String correctness = received.missing() == 0 && received.wrong() == 0
                ? String.format("exact: %,d of %,d owed sets arrived, 0 wrong", owed, owed)
                : String.format("FAILS: %,d of %,d owed sets missing, %,d deliveries for athletes not connected",
                        received.missing(), owed, received.wrong());
        add("B: with webhooks", offered, ingestion,
                String.format("%,.0f", received.perSecond(ingestion.start(), ingestion.end())),
                String.format("%s / %s / %s", ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(99)),
                        ms(micros.getMaxValue())),
                String.format("%.1f s", drain.toMillis() / 1000.0), correctness);
    }

    private void add(String phase, int offered, IngestionPhase.Figures ingestion, String deliveries, String latency,
                     String drain, String correctness) {
        Histogram e2e = ingestion.e2eMicros();
        rows.add(String.format("| %s | %,d | %,.0f | %s / %s (%d probes, %d lost) | %s | %s | %s | %s |", phase, offered,
                ingestion.storedPerSecond(), ms(e2e.getValueAtPercentile(50)), ms(e2e.getValueAtPercentile(99)),
                e2e.getTotalCount(), ingestion.lost(), deliveries, latency, drain, correctness));
        System.out.println("[webhooks] " + rows.get(rows.size() - 1));
    }

    private static String ms(long micros) {
        return String.format("%,.1f ms", micros / 1000.0);
    }

    String markdown() {
        return HEADER + "\n" + String.join("\n", rows);
    }
}
