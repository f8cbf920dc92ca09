package dev.stride.bench.plan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.stack.TopicLayout;

/** A real PostgreSQL, a real broker and the built plan-service jar, all on free ports. */
final class PlanStack implements AutoCloseable {
    private static final String DATABASE = "plan_bench";

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final ServiceProcess plans;

    private PlanStack(PostgresServer postgres, KafkaBroker kafka, ServiceProcess plans) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.plans = plans;
    }

    static PlanStack start(Path work, Path jar) throws InterruptedException {
        PostgresServer postgres = PostgresServer.existingFromEnvironment()
                .orElseGet(() -> PostgresServer.embedded(work.resolve("postgres"), FreePorts.find(), true));
        postgres.ensureDatabase(DATABASE, true);
        KafkaBroker kafka = KafkaBroker.onFreePorts(work.resolve("kafka"));
        kafka.start();
        try (var admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        ServiceProcess plans = new ServiceProcess("plan-service", FreePorts.find(), jar);
        Path log = work.resolve("plan-service.log");
        long started = System.nanoTime();
        plans.start(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()), log);
        plans.awaitReady(Duration.ofSeconds(90));
        System.out.printf("plan-service ready in %d ms (log: %s)%n", (System.nanoTime() - started) / 1_000_000, log);
        return new PlanStack(postgres, kafka, plans);
    }

    String url(String path) {
        return plans.url(path);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
    }

    @Override
    public void close() {
        plans.stop();
        kafka.close();
        postgres.close();
    }
}
