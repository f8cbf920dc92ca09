package dev.stride.progress.catalog;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.progress.sets.DeadLetters;
import dev.stride.progress.sets.DecodedBatch;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the exercise replica; unreadable definitions go to {@code progress-service.dlq}. */
@ApplicationScoped
public class ExerciseDefinitionsConsumer {
    private static final ObjectReader READER = EventJson.mapper().readerFor(ExercisePublished.class);
    private final ExerciseReplica replica;
    private final DeadLetters deadLetters;

    ExerciseDefinitionsConsumer(ExerciseReplica replica, DeadLetters deadLetters) {
        this.replica = replica;
        this.deadLetters = deadLetters;
    }

    @Incoming("exercise-definitions")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws SQLException {
        if (record.value() == null) {
            return;
        }
        try {
            ExercisePublished published = READER.readValue(record.value());
            if (published.id() == null || published.name() == null) {
                throw new IOException("id and name are required");
            }
            replica.keep(published);
        } catch (IOException e) {
            deadLetters.send(Topics.PROGRESS_SERVICE_DLQ,
                    List.of(new DecodedBatch.Rejected(record, "unreadable-exercise", String.valueOf(e.getMessage()))));
        }
    }
}
