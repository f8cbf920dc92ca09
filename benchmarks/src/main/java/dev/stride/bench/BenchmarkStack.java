package dev.stride.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stride.stack.Folders;
import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.stack.TopicLayout;
import dev.stride.testing.Tokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.admin.Admin;

/**
 * What every benchmark runs on: a real PostgreSQL and a real broker of its own on free ports (so
 * that it never collides with a local run), the topics, an OpenID Connect issuer (Quarkus' OIDC
 * test server, whose keys sign {@link Tokens} for any athlete; the service verifies them through
 * its JWKS as it would Keycloak's), and the service under test from its jar. Rate limits are lifted:
 * a benchmark measures the service, not its budget.
 */
public final class BenchmarkStack implements AutoCloseable {
    private final Path work;
    private final String database;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final OidcWiremockTestResource issuer = new OidcWiremockTestResource();
    private final String issuerUrl;
    private final List<ServiceProcess> beside = new ArrayList<>();
    private ServiceProcess service;

    private BenchmarkStack(Path work, String database, PostgresServer postgres, KafkaBroker kafka) {
        this.work = work;
        this.database = database;
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuerUrl = issuer.start().get("keycloak.url") + "/realms/quarkus";
    }

    /** PostgreSQL (embedded, or {@code STRIDE_PG_URL}'s server) with a fresh {@code database}, and the broker. */
    public static BenchmarkStack start(Path work, String database) {
        PostgresServer postgres = PostgresServer.existingFromEnvironment()
                .orElseGet(() -> PostgresServer.embedded(work.resolve("postgres"), FreePorts.find(), true));
        postgres.ensureDatabase(database, true);
        KafkaBroker kafka = KafkaBroker.onFreePorts(work.resolve("kafka"));
        kafka.start();
        try (Admin admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        return new BenchmarkStack(work, database, postgres, kafka);
    }

    /** Launches the service on this stack without waiting; {@code extraEnvironment} adds to or overrides its settings. */
    public ServiceProcess launch(String name, Path jar, Map<String, String> extraEnvironment) {
        service = new ServiceProcess(name, FreePorts.find(), FreePorts.find(), jar);
        Map<String, String> environment = serviceEnvironment(postgres, database, kafka, issuerUrl);
        environment.putAll(extraEnvironment);
        service.start(environment, log());
        return service;
    }

    /** What a service under a benchmark is told: its database, the broker, the test issuer (tokens of {@link Tokens}), no rate limit. */
    public static Map<String, String> serviceEnvironment(PostgresServer postgres, String database, KafkaBroker kafka,
                                                         String issuerUrl) {
        return new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", issuerUrl,
                "QUARKUS_OIDC_TOKEN_ISSUER", Tokens.ISSUER,
                "STRIDE_RATE_LIMIT_ENABLED", "false"));
    }

    /** Launches the service and waits until it is ready, printing how long that took. */
    public ServiceProcess startService(String name, Path jar) throws InterruptedException {
        long started = System.nanoTime();
        ServiceProcess launched = launch(name, jar, Map.of());
        launched.awaitReady(Duration.ofSeconds(60));
        System.out.printf("%s ready in %d ms (log: %s)%n", name, (System.nanoTime() - started) / 1_000_000, log());
        return launched;
    }

    /**
     * Starts another service beside the one under test, on a fresh database of its own, and waits until it is ready:
     * catalog-service, so that the service under test's replica of the catalog fills as it would in production.
     */
    public ServiceProcess startBeside(String name, Path jar, String ownDatabase) throws InterruptedException {
        return startBeside(name, jar, ownDatabase, Map.of());
    }

    /** {@link #startBeside(String, Path, String)}, with {@code extraEnvironment} added to or overriding its settings. */
    public ServiceProcess startBeside(String name, Path jar, String ownDatabase, Map<String, String> extraEnvironment)
            throws InterruptedException {
        postgres.ensureDatabase(ownDatabase, true);
        ServiceProcess other = new ServiceProcess(name, FreePorts.find(), FreePorts.find(), jar);
        beside.add(other);
        Map<String, String> environment = serviceEnvironment(postgres, ownDatabase, kafka, issuerUrl);
        environment.putAll(extraEnvironment);
        other.start(environment, work.resolve(name + ".log"));
        other.awaitReady(Duration.ofSeconds(60));
        return other;
    }

    public String url(String path) {
        return service.url(path);
    }

    public String managementUrl(String path) {
        return service.managementUrl(path);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Admin admin() {
        return kafka.admin();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Connection database() throws SQLException {
        return database(database);
    }

    /** A connection to another database of this stack's PostgreSQL: a service's beside the one under test. */
    public Connection database(String name) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(name), postgres.user(), postgres.password());
    }

    public Path work() {
        return work;
    }

    public Path log() {
        return work.resolve(service.name() + ".log");
    }

    /** CPU time the service has used so far: per request or event, a cost that machine load does not blur. */
    public Duration serviceCpu() {
        return ProcessHandle.of(service.pid()).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Stops everything; the broker's segments go (gigabytes after a big run), logs and profiles stay. */
    @Override
    public void close() {
        if (service != null) {
            service.stop();
        }
        beside.forEach(ServiceProcess::stop);
        kafka.close();
        postgres.close();
        issuer.stop();
        Folders.deleteRecursively(work.resolve("kafka"));
    }
}
