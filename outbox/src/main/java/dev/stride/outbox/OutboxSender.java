package dev.stride.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.messaging.KafkaClients;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends outbox messages as CloudEvents (binary mode) with an idempotent, acks=all producer. */
@ApplicationScoped
class OutboxSender {
    /** Five minutes of retrying in order before a record may fail (see {@link OutboxRelay}). */
    static final String DELIVERY_TIMEOUT_MS = "300000";

    private final KafkaProducer<String, byte[]> producer;
    private final String source;

    OutboxSender(KafkaClients clients,
                 @ConfigProperty(name = "quarkus.application.name") String applicationName,
                 @ConfigProperty(name = "stride.outbox.delivery-timeout-ms", defaultValue = DELIVERY_TIMEOUT_MS) int deliveryTimeoutMs) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Kafka wants delivery.timeout.ms >= linger.ms + request.timeout.ms.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeoutMs / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5000, deliveryTimeoutMs / 2));
        this.producer = clients.producer("outbox", config);
        this.source = "/stride/" + applicationName;
    }

    /**
     * Sends the batch and waits for the broker; returns the length of the acknowledged prefix.
     * Waits up to max.block.ms for the topics' metadata first (throwing if the broker stays away),
     * so that no record of the batch is refused while the ones behind it are sent.
     */
    int send(List<OutboxMessage> batch) throws InterruptedException {
        batch.stream().map(OutboxMessage::topic).distinct().forEach(producer::partitionsFor);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            Future<RecordMetadata> ack = producer.send(record(message));
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                // Refused before it was queued (no metadata yet): what follows must not overtake it.
                break;
            }
        }
        producer.flush();
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
                acknowledged++;
            } catch (ExecutionException failed) {
                break;
            }
        }
        return acknowledged;
    }

    private static boolean failed(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private ProducerRecord<String, byte[]> record(OutboxMessage message) {
        return new ProducerRecord<>(message.topic(), null, message.key(),
                message.payload().getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(message.eventId(), message.eventType(), source, message.eventTime()));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
