package dev.stride.progress.sets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.stride.messaging.BrokerUnavailable;
import dev.stride.messaging.KafkaClients;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends raw records (accepted sets from HTTP and webhooks) with an idempotent acks=all producer
 * and returns only once the broker acknowledged every one of them.
 */
@ApplicationScoped
public class BrokerWriter {
    private final KafkaProducer<String, byte[]> producer;

    BrokerWriter(KafkaClients clients) {
        this.producer = clients.acknowledgingProducer("writer");
    }

    /** Sends all records; throws {@link NotAcknowledged} unless the broker acknowledged each. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        try {
            records.forEach(record -> acks.add(producer.send(record)));
            for (Future<RecordMetadata> ack : acks) {
                ack.get(KafkaClients.ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledged(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new NotAcknowledged(e);
        }
    }

    /** The broker did not acknowledge in time. */
    public static class NotAcknowledged extends BrokerUnavailable {
        NotAcknowledged(Exception cause) {
            super(cause);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
