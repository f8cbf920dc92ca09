package dev.stride.bench.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.stack.TopicLayout;

/** A real PostgreSQL, a real broker and the built catalog-service jar, all on free ports. */
final class CatalogStack implements AutoCloseable {
    private static final String DATABASE = "catalog_bench";

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final ServiceProcess catalog;
    private final Path log;

    private CatalogStack(PostgresServer postgres, KafkaBroker kafka, ServiceProcess catalog, Path log) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.catalog = catalog;
        this.log = log;
    }

    static CatalogStack start(Path work, Path jar) throws InterruptedException {
        PostgresServer postgres = PostgresServer.existingFromEnvironment()
                .orElseGet(() -> PostgresServer.embedded(work.resolve("postgres"), FreePorts.find(), true));
        postgres.ensureDatabase(DATABASE, true);
        KafkaBroker kafka = KafkaBroker.onFreePorts(work.resolve("kafka"));
        kafka.start();
        try (var admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        ServiceProcess catalog = new ServiceProcess("catalog-service", FreePorts.find(), jar);
        Path log = work.resolve("catalog-service.log");
        long started = System.nanoTime();
        catalog.start(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()), log);
        catalog.awaitReady(Duration.ofSeconds(60));
        System.out.printf("catalog-service ready in %d ms (log: %s)%n", (System.nanoTime() - started) / 1_000_000, log);
        return new CatalogStack(postgres, kafka, catalog, log);
    }

    String url(String path) {
        return catalog.url(path);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    Path log() {
        return log;
    }

    /** CPU time the service process has used so far: divides by requests into a cost that machine load does not blur. */
    Duration serviceCpu() {
        return ProcessHandle.of(catalog.pid()).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        catalog.stop();
        kafka.close();
        postgres.close();
    }
}
