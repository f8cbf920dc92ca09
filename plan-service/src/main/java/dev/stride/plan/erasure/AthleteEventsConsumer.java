package dev.stride.plan.erasure;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteErased;
import dev.stride.contracts.athlete.AthleteEvents;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Erases athletes as {@code athlete-events} asks; other types are not this service's; unreadable records go to {@code plan-service.dlq}. */
@ApplicationScoped
public class AthleteEventsConsumer {
    private static final String CONSUMER = "athlete-events";
    private final PlanErasure erasure;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    AthleteEventsConsumer(PlanErasure erasure, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.erasure = erasure;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("athlete-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Optional<AthleteErased> erased;
        try {
            erased = AthleteEvents.erasure(record.headers(), record.value());
        } catch (IOException e) {
            deadLetter(new DeadLetter(record, "unreadable-athlete-event",
                    e instanceof JacksonException json ? JsonFailures.describe(json) : e.getMessage()));
            return;
        }
        if (erased.isPresent()) {
            Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE,
                    () -> erasure.erase(erased.get()));
            if (refused.isPresent()) {
                deadLetter(DeadLetter.unstorable(record, refused.get()));
            }
        }
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE, () -> deadLetters.send(Topics.PLAN_SERVICE_DLQ, List.of(letter)));
    }
}
