package dev.stride.progress.sets;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code completed-sets} a whole poll at a time; the offsets are committed after it returns. */
@ApplicationScoped
public class CompletedSetsConsumer {
    private final SetIngestion ingestion;
    private final IngestionPace pace;

    CompletedSetsConsumer(SetIngestion ingestion, IngestionPace pace) {
        this.ingestion = ingestion;
        this.pace = pace;
    }

    @Incoming("completed-sets")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        pace.polled(records.count());
        ingestion.ingest(records);
    }
}
