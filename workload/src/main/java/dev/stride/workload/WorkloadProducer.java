package dev.stride.workload;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a workload to Kafka fast and without loss: idempotent, acks=all, large lz4 batches.
 * Every record is entered in the {@link Truth} as it is handed to the producer; {@link #flush()}
 * fails if any send failed.
 */
public final class WorkloadProducer implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Callback onFailure = (metadata, error) -> {
        if (error != null) {
            failure.compareAndSet(null, error);
        }
    };

    public WorkloadProducer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "stride-workload");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the article's exercise definitions to {@code exercise-definitions} and waits for the acks. */
    public void publishDefinitions(List<ExercisePublished> definitions) throws Exception {
        for (ExercisePublished definition : definitions) {
            byte[] body = EventJson.mapper().writeValueAsBytes(definition);
            producer.send(new ProducerRecord<>(Topics.EXERCISE_DEFINITIONS, null, definition.id().toString(), body,
                    CloudEventHeaders.of(definition.id() + "-v" + definition.version(), ExercisePublished.TYPE,
                            WorkloadRecord.SOURCE, definition.updatedAt()))).get();
        }
    }

    /** Sends every remaining record of {@code records}, entering each in {@code truth}; returns the count. */
    public long sendAll(Iterator<WorkloadRecord> records, Truth truth) {
        long sent = 0;
        while (records.hasNext()) {
            send(records.next(), truth);
            sent++;
        }
        flush();
        return sent;
    }

    public Future<RecordMetadata> send(WorkloadRecord record, Truth truth) {
        truth.record(record);
        return producer.send(record.toProducerRecord(), onFailure);
    }

    /** Waits for every send so far to be acknowledged. */
    public void flush() {
        producer.flush();
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("The broker refused part of the workload", error);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
