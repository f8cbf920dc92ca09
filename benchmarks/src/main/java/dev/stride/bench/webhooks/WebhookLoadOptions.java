package dev.stride.bench.webhooks;

import java.nio.file.Path;
import java.util.Map;

import dev.stride.bench.Arguments;
import dev.stride.bench.faults.FaultOptions;

/**
 * The knobs of a run, from {@code --name=value} arguments: {@code --seconds} (60 of measured traffic per phase),
 * {@code --warmup} (10 s of the same traffic before each phase, not measured), {@code --rate} (5,000 sets/s),
 * {@code --subscriptions} (1,000, one app each), {@code --dead-share} (0.1 of them at endpoints that never answer),
 * {@code --connected-share} (0.2 of the athletes connect an app), {@code --athletes} (10,000), {@code --seed} (42),
 * {@code --drain-timeout} (300 s to wait for the last owed delivery). The jars come from {@code -Dstride.root},
 * else the working directory or its parent.
 */
record WebhookLoadOptions(int seconds, int warmup, int rate, int subscriptions, double deadShare, double connectedShare,
                          int athletes, long seed, int drainTimeout, Path projectRoot) {

    static WebhookLoadOptions parse(String[] args) {
        Map<String, String> values = Arguments.parse(args);
        String root = System.getProperty("stride.root");
        return new WebhookLoadOptions(Integer.parseInt(values.getOrDefault("seconds", "60")),
                Integer.parseInt(values.getOrDefault("warmup", "10")),
                Integer.parseInt(values.getOrDefault("rate", "5000")),
                Integer.parseInt(values.getOrDefault("subscriptions", "1000")),
                Double.parseDouble(values.getOrDefault("dead-share", "0.1")),
                Double.parseDouble(values.getOrDefault("connected-share", "0.2")),
                Integer.parseInt(values.getOrDefault("athletes", "10000")),
                Long.parseLong(values.getOrDefault("seed", "42")),
                Integer.parseInt(values.getOrDefault("drain-timeout", "300")),
                root == null ? FaultOptions.findProjectRoot() : Path.of(root).toAbsolutePath().normalize());
    }

    /** The built fast-jar of {@code service} in this tree. */
    Path jar(String service) {
        return projectRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    int deadEndpoints() {
        return (int) Math.round(subscriptions * deadShare);
    }

    int connectedAthletes() {
        return (int) Math.round(athletes * connectedShare);
    }
}
