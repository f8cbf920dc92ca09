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
    private static final Pattern TOPIC_LINE = Pattern.compile(
            "topic --topic (\\S+) --partitions (\\d+) --config (\\S+)=(\\S+)");

    private final JsonNode services = compose().path("services");

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "plan", "progress"})
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
        service.path("depends_on").fields().forEachRemaining(dependency -> assertTrue(
                Set.of("service_healthy", "service_completed_successfully")
                        .contains(dependency.getValue().path("condition").asText()),
                name + " waits for " + dependency.getKey() + " to be healthy"));
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
        for (String database : new String[] {"catalog", "plan", "progress"}) {
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
