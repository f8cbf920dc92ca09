package dev.stride.messaging;

import java.util.HashMap;
import java.util.Map;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the services' hand-built Kafka clients come from. Each starts from Quarkus'
 * {@code default-kafka-broker} settings (every {@code kafka.*} property: bootstrap servers, and
 * SASL or TLS when a cluster needs them), then takes the settings of its role; its client id is
 * {@code <application>-<role>}. Keys are text, values bytes.
 */
@ApplicationScoped
public class KafkaClients {
    private final Map<String, Object> broker;
    private final String applicationName;

    KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> broker,
                 @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.broker = Map.copyOf(broker);
        this.applicationName = applicationName;
    }

    /** How long a caller of {@link #acknowledgingProducer} waits for the broker at most. */
    public static final int ACK_TIMEOUT_MS = 10_000;

    /**
     * An idempotent acks=all producer for a caller that waits for each acknowledgement: it gives up
     * after {@link #ACK_TIMEOUT_MS}, so that a broker away shows as a failure, not as a hang.
     */
    public KafkaProducer<String, byte[]> acknowledgingProducer(String role) {
        return producer(role, Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ACK_TIMEOUT_MS,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000));
    }

    public KafkaProducer<String, byte[]> producer(String role, Map<String, Object> settings) {
        return new KafkaProducer<>(config(role, settings), new StringSerializer(), new ByteArraySerializer());
    }

    public KafkaConsumer<String, byte[]> consumer(String role, Map<String, Object> settings) {
        return new KafkaConsumer<>(config(role, settings), new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin(String role) {
        return Admin.create(config(role, Map.of()));
    }

    private Map<String, Object> config(String role, Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(broker);
        config.putAll(settings);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, applicationName + "-" + role);
        return config;
    }
}
