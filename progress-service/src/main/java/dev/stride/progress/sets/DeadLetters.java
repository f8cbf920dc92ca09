package dev.stride.progress.sets;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.stride.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends refused records to a dead-letter topic: the original key, bytes and headers, plus
 * {@code dlq-reason}, {@code dlq-detail} and where the record came from.
 */
@ApplicationScoped
public class DeadLetters {
    public static final String REASON = "dlq-reason";
    public static final String DETAIL = "dlq-detail";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";

    private final BrokerWriter writer;

    DeadLetters(BrokerWriter writer) {
        this.writer = writer;
    }

    /** Sends to {@code completed-sets.dlq} and waits for the acknowledgements. */
    public void send(List<DecodedBatch.Rejected> rejected) {
        send(Topics.COMPLETED_SETS_DLQ, rejected);
    }

    public void send(String topic, List<DecodedBatch.Rejected> rejected) {
        if (!rejected.isEmpty()) {
            writer.sendAll(rejected.stream().map(r -> letter(topic, r)).toList());
        }
    }

    private static ProducerRecord<String, byte[]> letter(String topic, DecodedBatch.Rejected rejected) {
        ConsumerRecord<String, byte[]> original = rejected.record();
        Headers headers = new RecordHeaders(original.headers().toArray());
        add(headers, REASON, rejected.reason());
        add(headers, DETAIL, rejected.detail());
        add(headers, ORIGINAL_TOPIC, original.topic());
        add(headers, ORIGINAL_PARTITION, String.valueOf(original.partition()));
        add(headers, ORIGINAL_OFFSET, String.valueOf(original.offset()));
        return new ProducerRecord<>(topic, null, original.key(), original.value(), headers);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
