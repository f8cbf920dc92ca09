package dev.stride.bench.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.stride.contracts.Topics;
import dev.stride.workload.AthleteWeek;
import dev.stride.workload.Totals;
import dev.stride.workload.Truth;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Compares what the service shows with what the workload sent: every athlete's volume per ISO
 * week (sets, reps, tonnage, hold seconds, distance) through {@code /volume}, and the number of
 * records on {@code completed-sets.dlq}. Any difference is a mismatch.
 */
final class CorrectnessCheck {
    private final ProgressClient client;
    private final Truth truth;

    CorrectnessCheck(ProgressClient client, Truth truth) {
        this.client = client;
        this.truth = truth;
    }

    /** Adds the check's rows to the report and fails the run on any difference. */
    void verify(Admin admin, Report report) throws Exception {
        List<String> mismatches = volumeMismatches();
        long deadLetters = deadLetters(admin, truth.deadLetters());
        report.row("correctness: athletes, weeks checked", truth.athletes().size() + " athletes, "
                + truth.weeks().size() + " athlete-weeks, " + truth.records() + " records", "exact");
        report.row("correctness: volume mismatches", String.valueOf(mismatches.size()), "0");
        report.row("correctness: DLQ records", deadLetters + " (expected " + truth.deadLetters() + ")", "exact");
        mismatches.stream().limit(20).forEach(m -> System.out.println("[pipeline] MISMATCH " + m));
        if (!mismatches.isEmpty() || deadLetters != truth.deadLetters()) {
            throw new IllegalStateException("The service's totals differ from the truth: the run FAILS");
        }
        System.out.println("[pipeline] correctness check passed");
    }

    /** Every difference found; empty when the service agrees exactly. */
    private List<String> volumeMismatches() throws Exception {
        Map<String, Map<LocalDate, Totals>> expected = VolumeMismatches.byAthlete(truth.weeks());
        LocalDate from = truth.weeks().keySet().stream().map(AthleteWeek::monday).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = truth.weeks().keySet().stream().map(AthleteWeek::monday).max(LocalDate::compareTo).orElseThrow().plusDays(6);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> checks = new ArrayList<>();
            for (String athlete : truth.athletes().keySet()) {
                Map<LocalDate, Totals> weeks = expected.getOrDefault(athlete, Map.of());
                checks.add(pool.submit(() -> compare(athlete, weeks, client.weeks(athlete, from, to))));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> check : checks) {
                mismatches.addAll(check.get());
            }
            return mismatches;
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> compare(String athlete, Map<LocalDate, Totals> expected, Optional<Map<LocalDate, Totals>> shown) {
        if (shown.isEmpty()) {
            return expected.isEmpty() ? List.of() : List.of(athlete + ": unknown to the service");
        }
        return VolumeMismatches.of(athlete, expected, shown.get());
    }

    /** Records on the DLQ, waiting up to a minute for the expected count (dead letters are sent after each batch commits). */
    private static long deadLetters(Admin admin, long expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        long count;
        do {
            Thread.sleep(200);
            count = endOffsets(admin);
        } while (count < expected && System.nanoTime() < deadline);
        return count;
    }

    private static long endOffsets(Admin admin) throws Exception {
        int partitions = admin.describeTopics(List.of(Topics.COMPLETED_SETS_DLQ)).allTopicNames().get()
                .get(Topics.COMPLETED_SETS_DLQ).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(Topics.COMPLETED_SETS_DLQ, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }
}
