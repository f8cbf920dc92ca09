package dev.stride.bench.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stride.bench.BenchmarkStack;
import dev.stride.stack.Folders;
import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.stack.TopicLayout;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.admin.Admin;

/**
 * One scenario's system, fresh: a durable PostgreSQL (fsync on, its data kept across a restart on
 * the same port), a broker, the topics, the test issuer, and any number of service instances from
 * their jars, each of which can be killed and launched again with the same settings.
 */
final class FaultStack implements AutoCloseable {
    private static final Duration READY = Duration.ofSeconds(120);
    private final Path projectRoot;
    private final Path work;
    private final int postgresPort = FreePorts.find();
    private final KafkaBroker kafka;
    private final OidcWiremockTestResource issuer = new OidcWiremockTestResource();
    private final String issuerUrl;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<ServiceProcess, Map<String, String>> environments = new HashMap<>();
    private PostgresServer postgres;

    FaultStack(Path projectRoot, Path work) {
        this.projectRoot = projectRoot;
        this.work = work;
        startPostgres();
        kafka = KafkaBroker.onFreePorts(work.resolve("kafka"));
        kafka.start();
        try (Admin admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        issuerUrl = issuer.start().get("keycloak.url") + "/realms/quarkus";
    }

    /** An instance of {@code name} (catalog-service, plan-service, progress-service) on its service's database. */
    ServiceProcess launch(String name, int instance) {
        String database = name.replace("-service", "");
        postgres.ensureDatabase(database, false);
        ServiceProcess service = new ServiceProcess(name + "-" + instance, FreePorts.find(), FreePorts.find(),
                projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"));
        environments.put(service, BenchmarkStack.serviceEnvironment(postgres, database, kafka, issuerUrl));
        services.add(service);
        relaunch(service);
        return service;
    }

    /** Starts the instance again, with the settings it had. */
    void relaunch(ServiceProcess service) {
        service.start(environments.get(service), work.resolve("logs").resolve(service.name() + ".log"));
    }

    static void awaitReady(List<ServiceProcess> services) throws InterruptedException {
        for (ServiceProcess service : services) {
            service.awaitReady(READY);
        }
    }

    /** Stops PostgreSQL (fast shutdown: every connection is cut) with its data kept; {@link #startPostgres()} brings it back. */
    void stopPostgres() {
        postgres.close();
    }

    void startPostgres() {
        postgres = PostgresServer.embedded(work.resolve("postgres"), postgresPort, false);
    }

    KafkaBroker kafka() {
        return kafka;
    }

    Admin admin() {
        return kafka.admin();
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(name), postgres.user(), postgres.password());
    }

    Path work() {
        return work;
    }

    @Override
    /** Stops everything, each step even if one before failed; the data goes, the services' logs stay. */
    public void close() {
        List<Runnable> steps = new ArrayList<>();
        services.forEach(service -> steps.add(service::stop));
        steps.add(kafka::close);
        steps.add(postgres::close);
        steps.add(issuer::stop);
        steps.add(() -> Folders.deleteRecursively(work.resolve("kafka")));
        steps.add(() -> Folders.deleteRecursively(work.resolve("postgres")));
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                System.err.println("[faults] while stopping: " + e);
            }
        }
    }
}
