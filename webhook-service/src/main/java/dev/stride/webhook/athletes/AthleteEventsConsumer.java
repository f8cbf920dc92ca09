package dev.stride.webhook.athletes;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import dev.stride.contracts.athlete.AthleteDisconnected;
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

/**
 * Acts on {@code athlete-events}: connections and erasures, waiting out a database that is away;
 * other types (the services' confirmations) are not this service's; unreadable records go to
 * {@code webhook-service.dlq}.
 */
@ApplicationScoped
public class AthleteEventsConsumer {
    private static final String CONSUMER = "athlete-events";
    private final AthleteChanges changes;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    AthleteEventsConsumer(AthleteChanges changes, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.changes = changes;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("athlete-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Optional<AthleteErased> erased;
        Optional<AthleteConnected> connected;
        Optional<AthleteDisconnected> disconnected;
        try {
            erased = AthleteEvents.erasure(record.headers(), record.value());
            connected = AthleteEvents.connected(record.headers(), record.value());
            disconnected = AthleteEvents.disconnected(record.headers(), record.value());
        } catch (IOException e) {
            deadLetter(new DeadLetter(record, "unreadable-athlete-event",
                    e instanceof JacksonException json ? JsonFailures.describe(json) : e.getMessage()));
            return;
        }
        Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> {
            if (erased.isPresent()) {
                changes.erase(erased.get());
            } else if (connected.isPresent()) {
                changes.connected(connected.get());
            } else if (disconnected.isPresent()) {
                changes.disconnected(disconnected.get());
            }
        });
        if (refused.isPresent()) {
            deadLetter(DeadLetter.unstorable(record, refused.get()));
        }
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE, () -> deadLetters.send(Topics.WEBHOOK_SERVICE_DLQ, List.of(letter)));
    }
}
