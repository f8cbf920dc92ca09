package dev.stride.progress.erasure;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteErasureConfirmed;
import dev.stride.contracts.athlete.AthleteEvents;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Acts on {@code athlete-events}: erases an athlete when asked, and records each service's
 * confirmation, waiting out a database that is away; unreadable records go to {@code progress-service.dlq}.
 */
@ApplicationScoped
public class AthleteEventsConsumer {
    private static final String CONSUMER = "athlete-events";
    private final Erasures erasures;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    AthleteEventsConsumer(Erasures erasures, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.erasures = erasures;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("athlete-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Optional<AthleteErased> erased;
        Optional<AthleteErasureConfirmed> confirmed;
        try {
            erased = AthleteEvents.erasure(record.headers(), record.value());
            confirmed = AthleteEvents.confirmation(record.headers(), record.value());
        } catch (IOException e) {
            deadLetter(new DeadLetter(record, "unreadable-athlete-event",
                    e instanceof JacksonException json ? JsonFailures.describe(json) : e.getMessage()));
            return;
        }
        Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> {
            if (erased.isPresent()) {
                erasures.erase(erased.get());
            } else if (confirmed.isPresent()) {
                erasures.confirmed(confirmed.get());
            }
        });
        if (refused.isPresent()) {
            deadLetter(DeadLetter.unstorable(record, refused.get()));
        }
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE,
                () -> deadLetters.send(Topics.PROGRESS_SERVICE_DLQ, List.of(letter)));
    }
}
