package dev.stride.bench.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.stride.bench.Arguments;

/**
 * The knobs of a run, from {@code --name=value} arguments: {@code --records} (200,000 on completed-sets
 * per ingestion scenario, 2 % of them duplicates, voids and poison as the workload makes them),
 * {@code --athletes} (2,000), {@code --outage-seconds} (10: how long the broker or PostgreSQL stays
 * away, and the killed instance of three stays dead), {@code --rounds} (5 kills of catalog-service
 * and of plan-service), {@code --only} (one scenario: kill, broker, postgres, instances, catalog, plan).
 */
public record FaultOptions(long records, int athletes, Duration outage, int rounds, String only, Path projectRoot, Path work) {

    public static FaultOptions parse(String[] args) throws java.io.IOException {
        Map<String, String> values = Arguments.parse(args);
        return new FaultOptions(Long.parseLong(values.getOrDefault("records", "200000")),
                Integer.parseInt(values.getOrDefault("athletes", "2000")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("outage-seconds", "10"))),
                Integer.parseInt(values.getOrDefault("rounds", "5")), values.getOrDefault("only", ""),
                findProjectRoot(), Files.createTempDirectory("stride-faults-"));
    }

    boolean runs(String scenario) {
        return only.isEmpty() || only.equals(scenario);
    }

    /** The folder holding the services' builds: the working directory, or its parent (a module's). */
    public static Path findProjectRoot() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.exists(here.resolve("progress-service")) ? here : here.getParent();
    }
}
