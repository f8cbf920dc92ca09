package dev.stride.bench.imports;

import java.nio.file.Path;
import java.util.Map;

import dev.stride.bench.Arguments;
import dev.stride.bench.faults.FaultOptions;

/**
 * The knobs of a run, from {@code --name=value} arguments: {@code --rows} (100,000 in the file), {@code --seed}
 * (42, for the file's workouts), {@code --time-zone} (Europe/Berlin, the import's {@code timeZone}). The jars and
 * the catalog's seed file come from the project root: the working directory, or its parent.
 */
record ImportOptions(int rows, long seed, String timeZone, Path projectRoot) {

    static ImportOptions parse(String[] args) {
        Map<String, String> values = Arguments.parse(args);
        return new ImportOptions(Integer.parseInt(values.getOrDefault("rows", "100000")),
                Long.parseLong(values.getOrDefault("seed", "42")), values.getOrDefault("time-zone", "Europe/Berlin"),
                FaultOptions.findProjectRoot());
    }

    /** The built fast-jar of {@code service} in this tree. */
    Path jar(String service) {
        return projectRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path catalogSeed() {
        return projectRoot.resolve("catalog-service/src/main/resources/seed/exercises.json");
    }
}
