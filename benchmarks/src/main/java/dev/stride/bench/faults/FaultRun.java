package dev.stride.bench.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
        Map<String, Callable<Outcome>> scenarios = new LinkedHashMap<>();
        scenarios.put("kill", ingestion::killed);
        scenarios.put("broker", ingestion::brokerRestarted);
        scenarios.put("postgres", ingestion::postgresRestarted);
        scenarios.put("instances", ingestion::oneOfThreeKilled);
        scenarios.put("catalog", changes::catalogKilled);
        scenarios.put("plan", changes::planKilled);
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, Callable<Outcome>> scenario : scenarios.entrySet()) {
            if (options.runs(scenario.getKey())) {
                outcomes.add(scenario.getValue().call());
            }
        }
        return outcomes;
    }

    /** Each difference, named by its scenario. */
    public static List<String> differences(List<Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.differences().stream().map(d -> o.scenario() + ": " + d)).toList();
    }
}
