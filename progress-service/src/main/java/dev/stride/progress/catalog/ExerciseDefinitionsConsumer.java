package dev.stride.progress.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the exercise replica, waiting out a database that is away; definitions that cannot be read
 * or stored go to {@code progress-service.dlq}.
 */
@ApplicationScoped
public class ExerciseDefinitionsConsumer {
    private static final String CONSUMER = "exercise-definitions";
    private static final ObjectReader READER = EventJson.mapper().readerFor(ExercisePublished.class);
    private final ExerciseReplica replica;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    ExerciseDefinitionsConsumer(ExerciseReplica replica, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.replica = replica;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("exercise-definitions")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        if (record.value() == null) {
            return;
        }
        ExercisePublished published;
        try {
            published = READER.readValue(record.value());
            if (published == null || published.id() == null || published.name() == null) {
                throw new IOException("id and name are required");
            }
        } catch (IOException e) {
            deadLetter(new DeadLetter(record, "unreadable-exercise", e instanceof JacksonException json
                    ? JsonFailures.describe(json) : e.getMessage()));
            return;
        }
        Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> replica.keep(published));
        if (refused.isPresent()) {
            deadLetter(DeadLetter.unstorable(record, refused.get()));
        }
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE,
                () -> deadLetters.send(Topics.PROGRESS_SERVICE_DLQ, List.of(letter)));
    }
}
