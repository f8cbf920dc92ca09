package dev.stride.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A consumed record that can never be stored, and why: {@code reason} is a stable code
 * ({@code not-json}, {@code unstorable}, ...), {@code detail} says what a person needs to fix it.
 * On the dead-letter topic it keeps the original key (as text), bytes and headers and adds the
 * reason, the detail and where it came from.
 */
public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason, String detail) {
    public static final String REASON = "dlq-reason";
    public static final String DETAIL = "dlq-detail";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";
    /** Set, to the value's size in bytes, on a letter sent without the value because it was too large. */
    public static final String VALUE_DROPPED = "dlq-value-dropped";
    /** The reason of a record that the database refused for a reason no rule of the door foresaw. */
    public static final String UNSTORABLE = "unstorable";

    public DeadLetter {
        detail = Objects.toString(detail, "");
    }

    public static DeadLetter unstorable(ConsumerRecord<String, byte[]> record, Throwable failure) {
        return new DeadLetter(record, UNSTORABLE, StorageFaults.reason(failure));
    }

    public ProducerRecord<String, byte[]> toRecord(String topic) {
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers());
    }

    /** For a record too large to be dead-lettered whole: its key and headers, and how many bytes its value had. */
    public ProducerRecord<String, byte[]> toRecordWithoutValue(String topic) {
        Headers headers = headers();
        add(headers, VALUE_DROPPED, String.valueOf(record.value() == null ? 0 : record.value().length));
        return new ProducerRecord<>(topic, null, record.key(), null, headers);
    }

    /** The last resort for a letter whose key or headers alone are too large: the reason and the origin only. */
    public ProducerRecord<String, byte[]> toMinimalRecord(String topic) {
        Headers headers = reasonAndOrigin(new RecordHeaders());
        add(headers, VALUE_DROPPED, String.valueOf(record.value() == null ? 0 : record.value().length));
        return new ProducerRecord<String, byte[]>(topic, null, (String) null, (byte[]) null, headers);
    }

    private Headers headers() {
        return reasonAndOrigin(new RecordHeaders(record.headers().toArray()));
    }

    private Headers reasonAndOrigin(Headers headers) {
        add(headers, REASON, reason);
        add(headers, DETAIL, detail);
        add(headers, ORIGINAL_TOPIC, record.topic());
        add(headers, ORIGINAL_PARTITION, String.valueOf(record.partition()));
        add(headers, ORIGINAL_OFFSET, String.valueOf(record.offset()));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
