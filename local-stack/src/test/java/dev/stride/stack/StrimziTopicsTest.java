package dev.stride.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/** deploy/strimzi/topics.yml must create the topics of the local stack, replicated as a cluster needs. */
class StrimziTopicsTest {
    private static final Path FILE = Path.of("..").toAbsolutePath().normalize().resolve("deploy/strimzi/topics.yml");
    /** The cluster's only departure from TopicLayout, made for a one-broker stack. */
    private static final int CLUSTER_REPLICAS = 3;
    private static final String CLUSTER_MIN_INSYNC_REPLICAS = "2";

    private final List<JsonNode> resources = resources();

    @Test
    void createsTheTopicsOfTheLocalStackWithTheirPartitionsAndConfigs() {
        Map<String, String> clusterTopics = new TreeMap<>();
        for (JsonNode resource : resources) {
            Map<String, String> configs = new TreeMap<>();
            resource.path("spec").path("config").fields().forEachRemaining(entry -> configs.put(entry.getKey(), entry.getValue().asText()));
            configs.remove(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
            clusterTopics.put(resource.path("metadata").path("name").asText(), resource.path("spec").path("partitions").asInt() + " " + configs);
        }
        Map<String, String> stackTopics = new TreeMap<>(TopicLayout.TOPICS.stream()
                .collect(Collectors.toMap(NewTopic::name, topic -> topic.numPartitions() + " " + new TreeMap<>(topic.configs()))));
        assertEquals(stackTopics, clusterTopics);
        assertEquals(resources.size(), clusterTopics.size(), "one resource per topic");
    }

    @Test
    void replicatesEachTopicThreeTimesWhereTheLocalStackHasOneBroker() {
        for (NewTopic topic : TopicLayout.TOPICS) {
            assertEquals(1, topic.replicationFactor(), topic.name() + " has one replica in the local stack");
            assertFalse(topic.configs().containsKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), topic.name());
        }
        for (JsonNode resource : resources) {
            String name = resource.path("metadata").path("name").asText();
            assertEquals(CLUSTER_REPLICAS, resource.path("spec").path("replicas").asInt(), name);
            assertEquals(CLUSTER_MIN_INSYNC_REPLICAS, resource.path("spec").path("config").path(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).asText(),
                    name + " acknowledges a write once two replicas have it");
        }
    }

    @Test
    void everyResourceIsAKafkaTopicOfTheStrideCluster() {
        for (JsonNode resource : resources) {
            String name = resource.path("metadata").path("name").asText();
            assertEquals("kafka.strimzi.io/v1", resource.path("apiVersion").asText(), name);
            assertEquals("KafkaTopic", resource.path("kind").asText(), name);
            assertEquals("stride", resource.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name);
            assertFalse(resource.path("spec").has("topicName"), name + " is named by its resource");
        }
    }

    private static List<JsonNode> resources() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            return yaml.readerFor(JsonNode.class).<JsonNode>readValues(FILE.toFile()).readAll();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
