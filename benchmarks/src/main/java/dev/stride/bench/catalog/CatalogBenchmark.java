package dev.stride.bench.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.stride.bench.BenchmarkStack;
import dev.stride.bench.http.LoadResult;
import dev.stride.bench.http.OpenLoopLoad;

/**
 * {@code GET /exercises} latency at a constant 500 requests/s over a catalog of 1,000 exercises,
 * and the rate of updates that reach Kafka through the outbox. Needs the built service jar:
 * {@code ./mvnw -B -o -q package -DskipTests -pl catalog-service}. Settings as system properties:
 * {@code rate} (500), {@code seconds} (30), {@code warmupSeconds} (15), {@code updateRounds} (5), {@code workers} (8).
 */
public final class CatalogBenchmark {
    private static final int CATALOG_SIZE = Integer.getInteger("exercises", 1000);
    private static final int SEEDED = 9;

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 500);
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 30));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 15));
        Path root = Path.of(System.getProperty("stride.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("benchmarks/target/bench-catalog-" + ProcessHandle.current().pid()));
        try (BenchmarkStack stack = BenchmarkStack.start(work, "catalog_bench")) {
            stack.startService("catalog-service", root.resolve("catalog-service/target/quarkus-app/quarkus-run.jar"));
            var http = OpenLoopLoad.defaultClient();
            CatalogClient client = new CatalogClient(http, stack::url);
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < CATALOG_SIZE - SEEDED; n++) {
                ids.add(client.create(n));
            }
            System.out.printf("catalog filled: %d exercises%n", CATALOG_SIZE);
            OpenLoopLoad load = new OpenLoopLoad(http, 32);
            List<String> paths = List.of("/exercises", "/exercises?muscle=GLUTES&category=STRENGTH&limit=20",
                    "/exercises?q=exercise%2012&limit=20", "/exercises?limit=100");
            List<String> rows = new ArrayList<>();
            for (String path : paths) {
                load.run(i -> client.get(path), rate, warmup, Duration.ofSeconds(10));
                Duration cpuBefore = stack.serviceCpu();
                String loadBefore = loadAverage();
                LoadResult result = load.run(i -> client.get(path), rate, measure, Duration.ofSeconds(10));
                double cpuPerRequest = stack.serviceCpu().minus(cpuBefore).toNanos() / 1e6 / Math.max(1, result.answered());
                rows.add(result.markdownRow("GET " + path)
                        + String.format(" %.2f | %s → %s |", cpuPerRequest, loadBefore, loadAverage()));
                System.out.println(rows.get(rows.size() - 1));
            }
            UpdateThroughput.Result updates = UpdateThroughput.run(client, ids, stack.bootstrapServers(),
                    Integer.getInteger("updateRounds", 5), Integer.getInteger("workers", 8));
            print(rate, measure, rows, updates);
        }
    }

    /** The machine's 1-minute load average: others' work on the same cores shows up in the latencies. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    private static void print(int rate, Duration measure, List<String> rows, UpdateThroughput.Result updates) {
        System.out.printf("%nGET latency, open loop at %d req/s for %d s each, catalog of %d exercises%n%n",
                rate, measure.toSeconds(), CATALOG_SIZE);
        System.out.println(LoadResult.markdownHeader().replaceFirst("\n", " service CPU ms/req | load avg (1 min) |\n") + "---|---|");
        rows.forEach(System.out::println);
        System.out.printf("%n| updates (PUT) | events read from Kafka | REST PUTs/s | updates reaching Kafka/s | last event after |%n"
                + "|---|---|---|---|---|%n");
        System.out.printf("| %d | %d | %.0f | %.0f | %.2f s |%n", updates.updates(), updates.onKafka(),
                updates.restPerSecond(), updates.kafkaPerSecond(), updates.toKafkaTime().toNanos() / 1e9);
    }
}
