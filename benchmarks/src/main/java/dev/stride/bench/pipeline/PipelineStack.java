package dev.stride.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.stack.TopicLayout;
import org.apache.kafka.clients.admin.Admin;

/** A broker and a PostgreSQL of the benchmark's own, on free ports, and progress-service launched on them. */
final class PipelineStack implements AutoCloseable {
    static final String DATABASE = "progress_bench";

    private final Path work;
    private final KafkaBroker kafka;
    private final PostgresServer postgres;
    private ServiceProcess service;

    private PipelineStack(Path work, KafkaBroker kafka, PostgresServer postgres) {
        this.work = work;
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static PipelineStack start() throws Exception {
        Path work = Files.createTempDirectory("stride-pipeline-");
        PostgresServer postgres = PostgresServer.embedded(work.resolve("postgres"), FreePorts.find(), true);
        postgres.ensureDatabase(DATABASE, true);
        KafkaBroker kafka = KafkaBroker.onFreePorts(work.resolve("kafka"));
        kafka.start();
        try (Admin admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        return new PipelineStack(work, kafka, postgres);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    PostgresServer postgres() {
        return postgres;
    }

    Admin admin() {
        return kafka.admin();
    }

    /** Launches the service (without waiting for it); {@code jfr} records a profile next to its log. */
    ServiceProcess launchService(Path jar, boolean jfr, String javaOptions, Map<String, String> extraEnvironment) {
        service = new ServiceProcess("progress-service", FreePorts.find(), jar);
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
        environment.putAll(extraEnvironment);
        String recording = jfr ? " -XX:StartFlightRecording=filename=" + work.resolve("progress-service.jfr")
                + ",settings=profile,dumponexit=true" : "";
        if (!(javaOptions + recording).isBlank()) {
            environment.put("JAVA_TOOL_OPTIONS", (javaOptions + recording).trim());
        }
        service.start(environment, work.resolve("progress-service.log"));
        return service;
    }

    Path work() {
        return work;
    }

    @Override
    public void close() {
        if (service != null) {
            service.stop();
        }
        kafka.close();
        postgres.close();
        deleteRecursively(work.resolve("kafka"));
    }

    /** The broker's log segments are gigabytes after a full run; the service log and profile stay. */
    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[pipeline] could not delete " + folder + ": " + e);
        }
    }
}
