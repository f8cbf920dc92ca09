package dev.stride.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml must describe the topics of the local stack and every contract of the build. */
class AsyncApiDocumentTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCUMENT = ROOT.resolve("docs/asyncapi.yaml");
    private static final Path SCHEMAS = ROOT.resolve("contracts/src/main/resources/schemas");

    private final JsonNode document = document();

    @Test
    void hasOneChannelPerTopicWithItsPartitionsAndConfigs() {
        Map<String, String> documented = new TreeMap<>();
        document.path("channels").forEach(channel -> {
            JsonNode kafka = channel.path("bindings").path("kafka");
            Map<String, String> configs = new TreeMap<>();
            kafka.path("topicConfiguration").fields().forEachRemaining(entry -> configs.put(entry.getKey(), text(entry.getValue())));
            documented.put(channel.path("address").asText(), kafka.path("partitions").asInt() + " " + configs);
            assertEquals(channel.path("address").asText(), kafka.path("topic").asText(), "the binding names the channel's topic");
        });
        Map<String, String> stackTopics = new TreeMap<>(TopicLayout.TOPICS.stream()
                .collect(Collectors.toMap(NewTopic::name, topic -> topic.numPartitions() + " " + new TreeMap<>(topic.configs()))));
        assertEquals(stackTopics, documented);
        assertEquals(TopicLayout.TOPICS.size(), document.path("channels").size(), "one channel per topic");
    }

    @Test
    void everyPayloadReferencesAContractSchemaThatExists() {
        for (String file : referencedSchemas()) {
            assertTrue(Files.isRegularFile(SCHEMAS.resolve(file)), file + " is in contracts/src/main/resources/schemas");
        }
    }

    @Test
    void everyContractSchemaIsTheShapeOfAMessage() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            Set<String> contracts = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            contracts.removeAll(referencedSchemas());
            assertEquals(Set.of(), contracts, "contracts that no message of docs/asyncapi.yaml carries");
        }
    }

    /** The schema files the messages' payloads name (wherever the messages are written). */
    private Set<String> referencedSchemas() {
        Set<String> files = new TreeSet<>();
        for (JsonNode payload : document.findValues("payload")) {
            String ref = payload.path("$ref").asText();
            if (!ref.isEmpty()) {
                Path file = DOCUMENT.getParent().resolve(ref).normalize();
                assertEquals(SCHEMAS, file.getParent(), ref + " points into the contracts' schemas");
                files.add(file.getFileName().toString());
            }
        }
        return files;
    }

    /** A config as Kafka writes it: cleanup.policy is a list in the binding, a comma-separated text in Kafka. */
    private static String text(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        StringJoiner policies = new StringJoiner(",");
        value.forEach(policy -> policies.add(policy.asText()));
        return policies.toString();
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
