package dev.stride.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.stride.stack.FreePorts;
import dev.stride.stack.KafkaBroker;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.TopicLayout;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * One real KRaft broker (plaintext, and SASL/SCRAM on a second listener), one real PostgreSQL and one OpenID Connect issuer for a whole test JVM,
 * with the topics of the architecture brief and a fresh database for the service under test (init
 * arg {@code database}). The issuer is Quarkus' OIDC test server (WireMock): the service fetches its
 * discovery document and JWKS exactly as it does Keycloak's, and verifies the {@link Tokens} signed
 * with its key.
 * PostgreSQL is the embedded binaries unless {@code STRIDE_PG_URL} names an existing server.
 * <p>
 * Register it once per service: {@code @WithTestResource(value = StrideInfrastructure.class,
 * scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "catalog_test"))}.
 */
public class StrideInfrastructure implements QuarkusTestResourceLifecycleManager {
    /** The user that {@link #scramClientConfig()} logs in as on the broker's SASL/SCRAM listener. */
    public static final String SCRAM_USER = "stride-service";
    private static final String SCRAM_PASSWORD = "stride-service-secret";
    /**
     * What was started, kept as system properties under this prefix: a test profile restarts
     * Quarkus in a new class loader, where this class's statics are new, and must find the servers
     * running. (Quarkus runs the tests without a profile first, in the class loader that started them.)
     */
    private static final String STARTED = "stride-test-infrastructure.";
    /** The broker, in the class loader that started it: the one its fault tests run in. */
    private static KafkaBroker kafka;
    private static String database = "stride_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return settings();
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: restarting them between test classes gains nothing.
    }

    /** Stops the broker, for tests that prove that nothing is lost while it is away; {@link #startBroker()} brings it back. */
    public static void stopBroker() {
        broker().stop();
    }

    public static void startBroker() {
        broker().start();
    }

    private static KafkaBroker broker() {
        settings();
        if (kafka == null) {
            throw new IllegalStateException("The broker was started under another Quarkus test profile: stop it only from tests without one");
        }
        return kafka;
    }

    public static String bootstrapServers() {
        return settings().get("kafka.bootstrap.servers");
    }

    /**
     * The Kafka settings of a service that reaches the broker only through its SASL/SCRAM listener,
     * as Quarkus configuration ({@code kafka.*}), which every Kafka client of a service must follow.
     * For a test profile: its values refer to what {@link #start()} publishes, so that the profile
     * starts nothing itself.
     */
    public static Map<String, String> scramClientConfig() {
        return Map.of(
                "kafka.bootstrap.servers", "${stride.test.kafka.scram-bootstrap-servers}",
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", KafkaBroker.SCRAM_MECHANISM,
                "kafka.sasl.jaas.config", "${stride.test.kafka.scram-jaas-config}");
    }

    /** A new companion on the test broker; close it after use. */
    public static KafkaCompanion companion() {
        return new KafkaCompanion(bootstrapServers());
    }

    /** The settings of the running servers, started by the first caller in this JVM. */
    private static Map<String, String> settings() {
        synchronized (System.getProperties()) {
            if (System.getProperty(STARTED + "kafka.bootstrap.servers") == null) {
                startServers().forEach((key, value) -> System.setProperty(STARTED + key, value));
            }
            Map<String, String> settings = new HashMap<>();
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(STARTED))
                    .forEach(name -> settings.put(name.substring(STARTED.length()), System.getProperty(name)));
            return settings;
        }
    }

    private static Map<String, String> startServers() {
        Path work = Path.of(System.getProperty("java.io.tmpdir")).resolve("stride-infra-" + ProcessHandle.current().pid());
        PostgresServer postgres = PostgresServer.existingFromEnvironment()
                .orElseGet(() -> PostgresServer.embedded(work.resolve("postgres"), FreePorts.find(), true));
        postgres.ensureDatabase(database, true);
        OidcWiremockTestResource issuer = new OidcWiremockTestResource();
        String issuerUrl = issuer.start().get("keycloak.url") + "/realms/quarkus";
        kafka = KafkaBroker.withScram(work.resolve("kafka"));
        kafka.start();
        kafka.createScramUser(SCRAM_USER, SCRAM_PASSWORD);
        try (var admin = kafka.admin()) {
            TopicLayout.createMissing(admin, TopicLayout.TOPICS);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
            issuer.stop();
        }, "stride-infra-stop"));
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.oidc.auth-server-url", issuerUrl,
                "quarkus.oidc.token.issuer", Tokens.ISSUER,
                "stride.test.kafka.scram-bootstrap-servers", kafka.scramBootstrapServers(),
                "stride.test.kafka.scram-jaas-config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + SCRAM_USER + "\" password=\"" + SCRAM_PASSWORD + "\";");
    }
}
