package dev.stride.plan;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.testing.StrideInfrastructure;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes exercise definitions to the test broker as the catalog-service does (key = id, CloudEvents headers). */
public final class CatalogEvents {
    private CatalogEvents() {
    }

    /** The article's exercises, as every test catalog starts. */
    public static void publishTheArticle() {
        publish(ArticleCatalog.ALL.toArray(new ExercisePublished[0]));
    }

    public static void publish(ExercisePublished... exercises) {
        publishRecords(Arrays.stream(exercises).map(CatalogEvents::record).toList());
    }

    public static void publishRecords(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaCompanion companion = StrideInfrastructure.companion()) {
            companion.produce(String.class, byte[].class).fromRecords(records).awaitCompletion();
        }
    }

    public static ProducerRecord<String, byte[]> record(ExercisePublished e) {
        return raw(e.id().toString(), json(e));
    }

    public static ProducerRecord<String, byte[]> raw(String key, byte[] value) {
        return new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, key, value,
                CloudEventHeaders.of(UUID.randomUUID(), ExercisePublished.TYPE, "/stride/catalog-service", ArticleCatalog.CREATED));
    }

    private static byte[] json(ExercisePublished e) {
        try {
            return EventJson.mapper().writeValueAsBytes(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
