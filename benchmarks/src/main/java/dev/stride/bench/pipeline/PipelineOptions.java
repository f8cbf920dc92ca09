package dev.stride.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.stride.bench.Arguments;

/**
 * The knobs of one run, from {@code --name=value} arguments: {@code --events} (2,000,000) preloaded
 * records, {@code --athletes} (10,000), {@code --seed} (42), {@code --rate} (5,000 events/s during the
 * latency phases), {@code --summary-rate} (500 req/s), {@code --seconds} (30 per timed phase),
 * {@code --warmup} (10 s of the same traffic before each latency phase, not measured),
 * {@code --jar} (the built progress-service), {@code --jfr} (record a JFR profile of the service),
 * {@code --service-opts} (more JVM options for the service, through {@code JAVA_TOOL_OPTIONS}, separated by {@code ;}),
 * {@code --service-env} (environment of the service, {@code NAME:value} separated by {@code ;}),
 * {@code --peer} (false; true: once the service's totals are right, run the naive peer on the same topic and compare),
 * {@code --peer-jar} (the built naive peer, benchmarks/naive-peer).
 */
record PipelineOptions(long events, int athletes, long seed, int rate, int summaryRate, int seconds, int warmup,
                       Path jar, boolean jfr, String serviceJavaOptions, Map<String, String> serviceEnvironment,
                       boolean peer, Path peerJar) {

    static PipelineOptions parse(String[] args) {
        Map<String, String> values = Arguments.parse(args);
        return new PipelineOptions(Long.parseLong(values.getOrDefault("events", "2000000")),
                Integer.parseInt(values.getOrDefault("athletes", "10000")),
                Long.parseLong(values.getOrDefault("seed", "42")),
                Integer.parseInt(values.getOrDefault("rate", "5000")),
                Integer.parseInt(values.getOrDefault("summary-rate", "500")),
                Integer.parseInt(values.getOrDefault("seconds", "30")),
                Integer.parseInt(values.getOrDefault("warmup", "10")),
                values.containsKey("jar") ? Path.of(values.get("jar")) : defaultJar("progress-service"),
                Boolean.parseBoolean(values.getOrDefault("jfr", "false")), values.getOrDefault("service-opts", "").replace(';', ' '),
                environment(values.getOrDefault("service-env", "")),
                Boolean.parseBoolean(values.getOrDefault("peer", "false")),
                values.containsKey("peer-jar") ? Path.of(values.get("peer-jar")) : defaultJar("benchmarks/naive-peer"));
    }

    private static Map<String, String> environment(String pairs) {
        Map<String, String> environment = new HashMap<>();
        for (String pair : pairs.split(";")) {
            if (pair.contains(":")) {
                environment.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1));
            }
        }
        return environment;
    }

    /** The module's fast-jar, from the project root or from beside it (a module folder). */
    private static Path defaultJar(String module) {
        Path relative = Path.of(module, "target", "quarkus-app", "quarkus-run.jar");
        Path here = Path.of(System.getProperty("user.dir"));
        return Files.exists(here.resolve(relative)) ? here.resolve(relative) : here.resolveSibling(relative.toString());
    }
}
