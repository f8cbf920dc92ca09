package dev.stride.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The whole system on one machine: PostgreSQL, a KRaft Kafka broker, the topics, Keycloak with the
 * stride realm, and the four services. Stopping it (or ending the JVM) stops everything it started.
 * <p>
 * {@link #local} is what {@code ./stride} runs from the project root, after the services are built:
 * the usual ports, every datum kept under {@code .stride/}. {@link #throwaway} is the same system on
 * free ports with fresh data, for tests that must not collide with a running {@code ./stride}.
 */
public final class StrideStack {
    private final Path home;
    private final boolean throwaway;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final KeycloakServer keycloak;
    private final List<ServiceProcess> services;
    private final Object lifecycle = new Object();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private boolean stopped;

    /** {@code port} turns each usual port into the one to use. */
    private StrideStack(Path projectRoot, Path home, boolean throwaway, IntUnaryOperator port) {
        this.home = home;
        this.throwaway = throwaway;
        this.postgresPort = port.applyAsInt(5433);
        this.kafkaPort = port.applyAsInt(9092);
        this.kafkaControllerPort = port.applyAsInt(9093);
        this.keycloak = new KeycloakServer(home.resolve("keycloak"), projectRoot.resolve(StrideRealm.FILE),
                port.applyAsInt(8180), port.applyAsInt(9180));
        // Each service's management interface (health, metrics) is on its API port + 1000: 9081 to 9084.
        this.services = List.of(
                service(projectRoot, "catalog-service", port.applyAsInt(8081), port.applyAsInt(9081)),
                service(projectRoot, "plan-service", port.applyAsInt(8082), port.applyAsInt(9082)),
                service(projectRoot, "progress-service", port.applyAsInt(8083), port.applyAsInt(9083)),
                service(projectRoot, "webhook-service", port.applyAsInt(8084), port.applyAsInt(9084)));
    }

    /** {@code ./stride}: the usual ports, data kept in {@code .stride/}, PostgreSQL from {@code STRIDE_PG_URL} if set. */
    public static StrideStack local(Path projectRoot) {
        return new StrideStack(projectRoot, projectRoot.resolve(".stride"), false, usual -> usual);
    }

    /**
     * Free ports, an embedded PostgreSQL, and fresh databases and topics. Only Keycloak under
     * {@code home} is kept for the next run — unpacked, built, its realm imported — as it holds no
     * datum of Stride's and takes most of the start-up time.
     */
    public static StrideStack throwaway(Path projectRoot, Path home) {
        return new StrideStack(projectRoot, home, true, usual -> FreePorts.find());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        StrideStack stack = local(root);
        List<String> taken = stack.takenPorts();
        if (!taken.isEmpty()) {
            System.err.println("Cannot start: " + String.join(", ", taken) + ". Stop what uses it and try again.");
            System.exit(2);
        }
        long started = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("Start-up failed: " + e.getMessage() + " (logs in " + stack.home.resolve("logs") + ")");
            System.exit(1);
        }
        System.out.println(new WhereEverythingIs(stack, StrideRealm.of(root)).describe(Duration.ofNanos(System.nanoTime() - started)));
        Thread.currentThread().join();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /** {@code catalog-service}, {@code plan-service}, {@code progress-service} or {@code webhook-service}. */
    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Path home() {
        return home;
    }

    /**
     * Starts everything and waits until each service is ready; Keycloak starts first, as the services
     * ask it for its keys. Nothing is launched once {@link #stop()} has begun (a Ctrl-C mid-start).
     */
    public void start() throws InterruptedException {
        launching(() -> {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stride-stop"));
            if (throwaway) {
                List.of("postgres", "kafka", "logs", "tmp").forEach(folder -> Folders.deleteRecursively(home.resolve(folder)));
            }
            keycloak.start(log("keycloak"), home.resolve("tmp").resolve("keycloak"));
        });
        launching(() -> {
            postgres = throwaway ? PostgresServer.embedded(home.resolve("postgres"), postgresPort, true)
                    : PostgresServer.existingFromEnvironment()
                            .orElseGet(() -> PostgresServer.embedded(home.resolve("postgres"), postgresPort, false));
            kafka = new KafkaBroker(home.resolve("kafka"), kafkaPort, kafkaControllerPort);
            kafka.start();
            try (var admin = kafka.admin()) {
                TopicLayout.createMissing(admin, TopicLayout.TOPICS);
            }
        });
        keycloak.awaitReady(Duration.ofSeconds(180));
        for (ServiceProcess service : services) {
            launching(() -> {
                String database = service.name().replace("-service", "");
                postgres.ensureDatabase(database, throwaway);
                service.start(environment(database), log(service.name()), home.resolve("tmp").resolve(service.name()));
            });
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** Stops whatever runs, once: by the caller, or by the JVM's shutdown. */
    public void stop() {
        synchronized (lifecycle) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        stopTogether(services);
        keycloak.stop();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private void launching(Runnable step) {
        synchronized (lifecycle) {
            if (stopped) {
                throw new IllegalStateException("The stack is stopping");
            }
            step.run();
        }
    }

    /** Each service takes seconds to drain and close: all of them at once, not one after the other. */
    private static void stopTogether(List<ServiceProcess> services) {
        List<Thread> stopping = services.stream().map(service -> new Thread(service::stop, "stop-" + service.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<String> takenPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", kafkaPort);
        ports.put("Kafka controller", kafkaControllerPort);
        if (PostgresServer.existingFromEnvironment().isEmpty()) {
            ports.put("PostgreSQL", postgresPort);
        }
        ports.put("Keycloak", keycloak.port());
        ports.put("Keycloak management", keycloak.managementPort());
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

    private Map<String, String> environment(String database) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
    }

    private Path log(String name) {
        return home.resolve("logs").resolve(name + ".log");
    }

    private static ServiceProcess service(Path root, String name, int port, int managementPort) {
        return new ServiceProcess(name, port, managementPort, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"));
    }
}
