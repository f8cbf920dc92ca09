package dev.stride.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: PostgreSQL, a KRaft Kafka broker, the topics, and the three
 * services, with every piece of data under {@code .stride/}. Ctrl-C stops everything it started.
 * <p>
 * Run by {@code ./stride} from the project root, after the services are built.
 */
public final class StrideStack {
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int POSTGRES_PORT = 5433;
    /** catalog-service's management interface is on 9081, plan-service's on 9082, progress-service's on 9083. */
    private static final int MANAGEMENT_OFFSET = 1000;

    private final Path home;
    private final List<ServiceProcess> services;
    private PostgresServer postgres;
    private KafkaBroker kafka;

    StrideStack(Path projectRoot) {
        this.home = projectRoot.resolve(".stride");
        this.services = List.of(
                service(projectRoot, "catalog-service", 8081),
                service(projectRoot, "plan-service", 8082),
                service(projectRoot, "progress-service", 8083));
    }

    public static void main(String[] args) throws Exception {
        StrideStack stack = new StrideStack(Path.of("").toAbsolutePath());
        List<String> taken = stack.takenPorts();
        if (!taken.isEmpty()) {
            System.err.println("Cannot start: " + String.join(", ", taken) + ". Stop what uses it and try again.");
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "stride-stop"));
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Start-up failed: " + e.getMessage() + " (logs in " + stack.home.resolve("logs") + ")");
            System.exit(1);
        }
        stack.printWhereEverythingIs(Duration.ofNanos(System.nanoTime() - started));
        Thread.currentThread().join();
    }

    private List<String> takenPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", KAFKA_PORT);
        ports.put("Kafka controller", KAFKA_CONTROLLER_PORT);
        if (PostgresServer.existingFromEnvironment().isEmpty()) {
            ports.put("PostgreSQL", POSTGRES_PORT);
        }
        services.forEach(service -> ports.put(service.name(), service.port()));
        services.forEach(service -> ports.put(service.name() + " management", service.managementPort()));
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!FreePorts.isFree(port)) {
                taken.add("port " + port + " (" + what + ") is already in use");
            }
        });
        return taken;
    }

    void start() throws InterruptedException {
        postgres = PostgresServer.existingFromEnvironment()
                .orElseGet(() -> PostgresServer.embedded(home.resolve("postgres"), POSTGRES_PORT, false));
        kafka = new KafkaBroker(home.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT);
        kafka.start();
        try (var admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        for (ServiceProcess service : services) {
            String database = service.name().replace("-service", "");
            postgres.ensureDatabase(database, false);
            service.start(environment(database), home.resolve("logs").resolve(service.name() + ".log"));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    private Map<String, String> environment(String database) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    }

    synchronized void stop() {
        services.forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private void printWhereEverythingIs(Duration startUp) {
        StringBuilder out = new StringBuilder("\nStride is up in ")
                .append(String.format("%.1f s", startUp.toMillis() / 1000.0)).append(":\n\n");
        out.append(String.format("  %-18s %s%n", "Kafka", kafka.bootstrapServers()));
        out.append(String.format("  %-18s %s%n", "PostgreSQL", postgres.jdbcUrl("<catalog|plan|progress>")));
        for (ServiceProcess service : services) {
            out.append(String.format("  %-18s %s   Swagger UI %s   health %s   metrics %s   (pid %d)%n", service.name(),
                    service.url("/"), service.url("/q/swagger-ui"), service.managementUrl("/q/health"),
                    service.managementUrl("/q/metrics"), service.pid()));
        }
        out.append("\n  Data and logs in ").append(home).append(". Ctrl-C stops everything.\n");
        System.out.println(out);
    }

    private static ServiceProcess service(Path root, String name, int port) {
        return new ServiceProcess(name, port, port + MANAGEMENT_OFFSET, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"));
    }
}
