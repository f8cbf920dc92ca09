package dev.stride.bench.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal scale of progress-service on this machine: the same preloaded workload ingested by 1,
 * 2 and 3 instances in one consumer group (cooperative rebalancing over completed-sets' 12
 * partitions), each run on a fresh system, with its rate and the exact check. Options as
 * {@link FaultRun}'s ({@code --records}, {@code --athletes}); exit 1 on any difference.
 */
public final class ScaleRun {
    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        IngestionScenarios scenarios = new IngestionScenarios(FaultOptions.parse(args));
        List<Outcome> outcomes = new ArrayList<>();
        for (int instances = 1; instances <= 3; instances++) {
            outcomes.add(scenarios.unfaulted(instances));
        }
        System.out.println("\n" + Outcome.header().replace("| recovery |", "| ingestion |"));
        outcomes.forEach(outcome -> System.out.println(outcome.row()));
        List<String> differences = FaultRun.differences(outcomes);
        differences.stream().limit(50).forEach(difference -> System.out.println("[scale] DIFFERENCE " + difference));
        System.exit(differences.isEmpty() ? 0 : 1);
    }
}
