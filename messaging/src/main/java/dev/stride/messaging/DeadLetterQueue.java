package dev.stride.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Sends dead letters with an idempotent acks=all producer (see {@link KafkaClients}) and returns
 * once each is acknowledged. A
 * letter too large for the topic — a record already near the limit, plus the reason headers —
 * goes without its value (and, if still too large, without its key and original headers), so that
 * not even the largest record can stop a consumer.
 */
@ApplicationScoped
public class DeadLetterQueue {
    private final KafkaProducer<String, byte[]> producer;

    DeadLetterQueue(KafkaClients clients) {
        this.producer = clients.acknowledgingProducer("dead-letters");
    }

    /** Sends every letter to {@code topic}; throws {@link BrokerUnavailable} unless each was acknowledged. */
    public void send(String topic, List<DeadLetter> letters) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(letters.size());
        letters.forEach(letter -> acks.add(producer.send(letter.toRecord(topic))));
        for (int i = 0; i < acks.size(); i++) {
            try {
                await(acks.get(i));
            } catch (RecordTooLargeException tooLarge) {
                sendSmaller(topic, letters.get(i));
            }
        }
    }

    /** Without the value; should the key and the original headers still be too large, without them too. */
    private void sendSmaller(String topic, DeadLetter letter) {
        try {
            await(producer.send(letter.toRecordWithoutValue(topic)));
        } catch (RecordTooLargeException stillTooLarge) {
            await(producer.send(letter.toMinimalRecord(topic)));
        }
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get(KafkaClients.ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new BrokerUnavailable(e);
        } catch (TimeoutException e) {
            throw new BrokerUnavailable(e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
