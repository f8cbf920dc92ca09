package dev.stride.bench.plan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import dev.stride.testing.Tokens;
import dev.stride.bench.BenchmarkStack;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * plan-service: {@code POST /plans} latency for 24-week plans (generation, storage and outbox,
 * one request at a time), and how long the catalog replica takes to catch up on a burst of
 * 10,000 exercise definitions. Needs the built jar: {@code ./mvnw -B -o -q package -DskipTests -pl plan-service}.
 * Settings as system properties: {@code plans} (1000), {@code warmup} (300), {@code definitions} (10000).
 */
public final class PlanBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int plans = Integer.getInteger("plans", 1000);
        int warmup = Integer.getInteger("warmup", 300);
        int definitions = Integer.getInteger("definitions", 10_000);
        Path root = Path.of(System.getProperty("stride.root", ".")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("benchmarks/target/bench-plan-" + ProcessHandle.current().pid()));
        try (BenchmarkStack stack = BenchmarkStack.start(work, "plan_bench");
             KafkaProducer<String, byte[]> producer = producer(stack.bootstrapServers());
             Connection db = stack.database()) {
            stack.startService("plan-service", root.resolve("plan-service/target/quarkus-app/quarkus-run.jar"));
            List<ExercisePublished> article = SyntheticCatalog.article();
            publish(producer, article);
            awaitReplicated(db, article.size());
            generate(stack, warmup, "warmup");
            Histogram small = generate(stack, plans, "small");
            String smallGeneration = generationQuantiles(stack);
            String load = loadAverage();

            long before = replicated(db);
            long start = System.nanoTime();
            publish(producer, SyntheticCatalog.variations(definitions, Long.toString(ProcessHandle.current().pid())));
            long produced = System.nanoTime() - start;
            awaitReplicated(db, before + definitions);
            long caughtUp = System.nanoTime() - start;

            Histogram large = generate(stack, Math.max(100, plans / 10), "large");
            print(plans, small, large, article.size(), before + definitions, definitions, produced, caughtUp, load);
            System.out.printf("%nGeneration alone, %d exercises (server-side timer stride.plan.generation over the warm-up and the run): %s%n",
                    article.size(), smallGeneration);
        }
    }

    private static Histogram generate(BenchmarkStack stack, int count, String athletePrefix) throws Exception {
        Histogram micros = new Histogram(60_000_000L, 3);
        for (int n = 0; n < count; n++) {
            String athlete = athletePrefix + "-" + n;
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("/plans")))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.athlete(athlete))
                    .POST(HttpRequest.BodyPublishers.ofString(body(athlete))).build();
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            micros.recordValue((System.nanoTime() - start) / 1000);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST /plans answered " + response.statusCode() + ": " + response.body());
            }
        }
        return micros;
    }

    /** 24 weeks, three sessions around a Tuesday interval session and a Sunday long run, 45 minutes. */
    private static String body(String athlete) {
        return """
                {"athleteId":"%s","startDate":"2030-03-04","weeks":24,"sessionsPerWeek":3,
                 "runningWeek":{"MONDAY":"EASY","TUESDAY":"HARD","WEDNESDAY":"REST","THURSDAY":"EASY","FRIDAY":"REST","SATURDAY":"EASY","SUNDAY":"LONG"},
                 "experience":"INTERMEDIATE","focusAreas":["HIP_STABILITY","ANKLE_STRENGTH"],"equipment":["MAT","DUMBBELL"],
                 "minutesPerSession":45,"timeZone":"Europe/Berlin"}""".formatted(athlete);
    }

    /** p50/p90/p99 of the service's generation timer, from its Prometheus metrics. */
    private static String generationQuantiles(BenchmarkStack stack) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(stack.managementUrl("/q/metrics"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        StringBuilder out = new StringBuilder();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("stride_plan_generation_seconds{") && line.contains("quantile=")) {
                String quantile = line.replaceAll(".*quantile=\"([0-9.]+)\".*", "$1");
                double ms = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) * 1000;
                out.append(out.isEmpty() ? "" : ", ").append("p").append(Math.round(Double.parseDouble(quantile) * 100))
                        .append(String.format(" %.2f ms", ms));
            }
        }
        return out.toString();
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void publish(KafkaProducer<String, byte[]> producer, List<ExercisePublished> exercises) throws Exception {
        for (ExercisePublished e : exercises) {
            producer.send(new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, e.id().toString(), EventJson.mapper().writeValueAsBytes(e),
                    CloudEventHeaders.of(e.id() + "-" + e.version(), ExercisePublished.TYPE, "/stride/benchmark", e.updatedAt())));
        }
        producer.flush();
    }

    private static void awaitReplicated(Connection db, long rows) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (replicated(db) < rows) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replica has " + replicated(db) + " of " + rows + " definitions after 2 min");
            }
            Thread.sleep(5);
        }
    }

    private static long replicated(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM catalog_exercise")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void print(int plans, Histogram small, Histogram large, int smallCatalog, long largeCatalog, int definitions,
            long producedNanos, long caughtUpNanos, String load) {
        System.out.printf("%nPOST /plans, 24 weeks x 3 sessions, one request at a time (load average during the run: %s)%n%n", load);
        System.out.println("| catalog | plans | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        row(smallCatalog + " exercises", plans, small);
        row(largeCatalog + " exercises", (int) large.getTotalCount(), large);
        System.out.printf("%nReplica catch-up on a burst of %d definitions%n%n", definitions);
        System.out.println("| definitions | produced in | all replicated after | definitions/s |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| %d | %.2f s | %.2f s | %.0f |%n", definitions, producedNanos / 1e9, caughtUpNanos / 1e9, definitions / (caughtUpNanos / 1e9));
    }

    private static void row(String catalog, int plans, Histogram h) {
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", catalog, plans, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
