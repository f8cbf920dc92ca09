package dev.stride.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import dev.stride.bench.faults.FaultOptions;
import dev.stride.bench.faults.FaultRun;
import dev.stride.bench.faults.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault run of docs/reliability.md at small scale, each scenario on its own fresh system of
 * real processes: 3,000 records through progress-service (with duplicates, voids and poison) per
 * ingestion fault, two kills per change fault. Nothing may be lost, counted twice, missing, repeated
 * or out of order.
 */
class FaultScenariosTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kill", "broker", "postgres", "instances", "catalog", "plan"})
    void endsExact(String scenario) throws Exception {
        FaultOptions small = new FaultOptions(3_000, 100, Duration.ofSeconds(3), 2, scenario,
                FaultOptions.findProjectRoot(), Files.createTempDirectory("stride-faults-"));
        List<Outcome> outcomes = FaultRun.run(small);
        System.out.println(Outcome.header());
        outcomes.forEach(outcome -> System.out.println(outcome.row()));
        assertEquals(1, outcomes.size());
        assertEquals(List.of(), FaultRun.differences(outcomes));
    }
}
