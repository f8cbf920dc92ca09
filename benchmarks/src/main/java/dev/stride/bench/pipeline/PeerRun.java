package dev.stride.bench.pipeline;

import java.util.List;

/** What the naive peer did on the service's topic: its start, its rate and where its volume differs from the truth. */
record PeerRun(double startSeconds, double recordsPerSecond, List<String> mismatches) {

    /** Adds the peer's rows beside the service's rate (ready to all visible), and fails the run on any difference. */
    void verify(Report report, double serviceRate) {
        report.row("naive peer (kafka-panache-quickstart shape): launch to ready", String.format("%.1f s", startSeconds), "");
        report.rate("naive peer: sustained ingestion, ready to all committed", recordsPerSecond,
                "offsets committed every 5 s");
        report.row("Stride / naive peer", String.format("%.1f x", serviceRate / recordsPerSecond),
                "ready to all visible / ready to all committed");
        report.row("naive peer correctness: volume mismatches", String.valueOf(mismatches.size()), "0");
        mismatches.stream().limit(20).forEach(m -> System.out.println("[pipeline] PEER MISMATCH " + m));
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("The naive peer's totals differ from the truth: the run FAILS");
        }
        System.out.println("[pipeline] naive peer correctness check passed");
    }
}
