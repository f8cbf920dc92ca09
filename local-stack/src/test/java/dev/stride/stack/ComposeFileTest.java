package dev.stride.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docker-compose.yml must describe the same system as the services' configuration and the local stack. */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String ISSUER = "http://localhost:8180/realms/" + KeycloakServer.REALM;
    private static final Pattern TOPIC_LINE = Pattern.compile(
            "topic --topic (\\S+) --partitions (\\d+) --config (\\S+)=(\\S+)");

    private final JsonNode services = compose().path("services");

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "plan", "progress", "webhook"})
    void serviceAgreesWithItsConfiguration(String name) throws IOException {
        Properties config = applicationProperties(name + "-service");
        JsonNode service = services.path(name + "-service");
        String port = config.getProperty("quarkus.http.port");

        assertTrue(textsOf(service.path("ports")).contains(port + ":" + port), name + " publishes its HTTP port");
        String management = config.getProperty("quarkus.management.port");
        assertTrue(service.path("healthcheck").path("test").toString().contains("localhost:" + management + "/q/health/ready"),
                name + " health check asks its own readiness endpoint, on the management interface");
        String database = databaseOf(config.getProperty("quarkus.datasource.jdbc.url"));
        assertEquals("jdbc:postgresql://postgres:5432/" + database,
                service.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals("kafka:29092", service.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertEquals("http://keycloak:8180/realms/" + KeycloakServer.REALM,
                service.path("environment").path("QUARKUS_OIDC_AUTH_SERVER_URL").asText(), name + " asks Keycloak inside the network");
        assertEquals(ISSUER, service.path("environment").path("QUARKUS_OIDC_TOKEN_ISSUER").asText(),
                name + " accepts the issuer of tokens got from the host");
        assertEquals("service_healthy", service.path("depends_on").path("keycloak").path("condition").asText(),
                name + " fetches Keycloak's keys when it starts");
        service.path("depends_on").fields().forEachRemaining(dependency -> assertTrue(
                Set.of("service_healthy", "service_completed_successfully")
                        .contains(dependency.getValue().path("condition").asText()),
                name + " waits for " + dependency.getKey() + " to be healthy"));
    }

    @Test
    void runsEveryServiceOfTheLocalStackOnThePortsOfItsConfiguration() throws IOException {
        for (ServiceProcess service : StrideStack.local(ROOT).services()) {
            Properties config = applicationProperties(service.name());
            assertEquals(config.getProperty("quarkus.http.port"), String.valueOf(service.port()), service.name());
            assertEquals(config.getProperty("quarkus.management.port"), String.valueOf(service.managementPort()), service.name());
            assertTrue(services.has(service.name()), service.name() + " runs in docker-compose.yml");
        }
    }

    @Test
    void keycloakRunsTheLocalStacksVersionAndRealmWithOneIssuerForHostAndNetwork() {
        JsonNode keycloak = services.path("keycloak");
        JsonNode environment = keycloak.path("environment");

        assertEquals("quay.io/keycloak/keycloak:" + KeycloakDistribution.version(), keycloak.path("image").asText());
        assertTrue(textsOf(keycloak.path("command")).containsAll(Set.of("start-dev", "--import-realm", "--http-port=8180")));
        assertTrue(textsOf(keycloak.path("volumes")).contains(
                "./identity/stride-realm.json:/opt/keycloak/data/import/stride-realm.json:ro"));
        assertTrue(textsOf(keycloak.path("ports")).contains("8180:8180"));
        assertEquals(ISSUER, environment.path("KC_HOSTNAME").asText() + "/realms/" + KeycloakServer.REALM);
        assertEquals("true", environment.path("KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText());
        assertEquals("true", environment.path("KC_HEALTH_ENABLED").asText());
        assertTrue(keycloak.path("healthcheck").path("test").toString().contains("/dev/tcp/127.0.0.1/9000")
                && keycloak.path("healthcheck").path("test").toString().contains("/health/ready"),
                "Keycloak's health check asks readiness on the management interface");
    }

    @Test
    void everyServiceThatKeepsRunningHasAHealthCheck() {
        services.fields().forEachRemaining(service -> {
            boolean runsOnce = service.getValue().has("restart") && "on-failure".equals(service.getValue().path("restart").asText());
            assertTrue(runsOnce || service.getValue().path("healthcheck").path("test").size() > 0,
                    service.getKey() + " has a health check");
        });
    }

    @Test
    void createsTheTopicsOfTheLocalStack() {
        Set<String> composeTopics = new TreeSet<>();
        Matcher line = TOPIC_LINE.matcher(services.path("kafka-topics").path("command").get(0).asText());
        while (line.find()) {
            composeTopics.add(line.group(1) + " " + line.group(2) + " " + line.group(3) + "=" + line.group(4));
        }
        Set<String> stackTopics = TopicLayout.TOPICS.stream()
                .map(topic -> topic.name() + " " + topic.numPartitions() + " " + topic.configs().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(",")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(stackTopics, composeTopics);
    }

    @Test
    void createsEachServiceDatabase() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres-init.sql"));
        for (String database : new String[] {"catalog", "plan", "progress", "webhook"}) {
            assertTrue(init.contains("CREATE DATABASE " + database + ";"), database);
        }
    }

    private static String databaseOf(String jdbcUrlWithDefault) {
        String url = jdbcUrlWithDefault.replaceAll("^\\$\\{[A-Z_]+:(.*)}$", "$1");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Set<String> textsOf(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
