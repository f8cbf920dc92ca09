package dev.stride.bench.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * Every fault of docs/reliability.md, one scenario at a time, each on a fresh system of real
 * processes: progress-service SIGKILLed mid-stream, the broker restarted, PostgreSQL restarted
 * under running services, one of three instances SIGKILLed and started again, catalog-service and
 * plan-service SIGKILLed right after they commit. Prints one row per scenario; any difference from
 * the truth fails the run (exit 1).
 */
public final class FaultRun {
    private FaultRun() {
    }

    public static void main(String[] args) throws Exception {
        List<Outcome> outcomes = run(FaultOptions.parse(args));
        System.out.println("\n" + Outcome.header());
        outcomes.forEach(outcome -> System.out.println(outcome.row()));
        List<String> differences = differences(outcomes);
        differences.stream().limit(50).forEach(difference -> System.out.println("[faults] DIFFERENCE " + difference));
        if (!differences.isEmpty()) {
            System.out.println("[faults] the run FAILS: " + differences.size() + " difference(s)");
            System.exit(1);
        }
        System.out.println("[faults] every scenario exact");
        System.exit(0);
    }

    /** The scenarios the options select, in order. */
    public static List<Outcome> run(FaultOptions options) throws Exception {
        IngestionScenarios ingestion = new IngestionScenarios(options);
        ChangeScenarios changes = new ChangeScenarios(options);
        List<Outcome> outcomes = new ArrayList<>();
        if (options.runs("kill")) {
            outcomes.add(ingestion.killed());
        }
        if (options.runs("broker")) {
            outcomes.add(ingestion.brokerRestarted());
        }
        if (options.runs("postgres")) {
            outcomes.add(ingestion.postgresRestarted());
        }
        if (options.runs("instances")) {
            outcomes.add(ingestion.oneOfThreeKilled());
        }
        if (options.runs("catalog")) {
            outcomes.add(changes.catalogKilled());
        }
        if (options.runs("plan")) {
            outcomes.add(changes.planKilled());
        }
        return outcomes;
    }

    /** Each difference, named by its scenario. */
    public static List<String> differences(List<Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.differences().stream().map(d -> o.scenario() + ": " + d)).toList();
    }
}
