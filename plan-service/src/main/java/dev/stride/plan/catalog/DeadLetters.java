package dev.stride.plan.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.stride.contracts.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends refused records to {@code plan-service.dlq}: the original key, bytes and headers, plus
 * {@code dlq-reason}, {@code dlq-detail} and where the record came from; returns once acknowledged.
 */
@ApplicationScoped
public class DeadLetters {
    public static final String REASON = "dlq-reason";
    public static final String DETAIL = "dlq-detail";
    private static final long ACK_TIMEOUT_MS = 10_000;
    private final KafkaProducer<String, byte[]> producer;

    DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "plan-service-dead-letters");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ACK_TIMEOUT_MS);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public void send(List<Definitions.Rejected> rejected) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Definitions.Rejected r : rejected) {
            acks.add(producer.send(letter(r)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
    }

    private static ProducerRecord<String, byte[]> letter(Definitions.Rejected rejected) {
        ConsumerRecord<String, byte[]> original = rejected.record();
        Headers headers = new RecordHeaders(original.headers().toArray());
        add(headers, REASON, rejected.reason());
        add(headers, DETAIL, rejected.detail());
        add(headers, "dlq-original-topic", original.topic());
        add(headers, "dlq-original-partition", String.valueOf(original.partition()));
        add(headers, "dlq-original-offset", String.valueOf(original.offset()));
        return new ProducerRecord<>(Topics.PLAN_SERVICE_DLQ, null, original.key(), original.value(), headers);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
