package dev.stride.progress.sets;

import java.util.List;

import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends refused records to a dead-letter topic and waits for the acknowledgements (see {@link DeadLetter}). */
@ApplicationScoped
public class DeadLetters {
    private final BrokerWriter writer;

    DeadLetters(BrokerWriter writer) {
        this.writer = writer;
    }

    /** Sends to {@code completed-sets.dlq}. */
    public void send(List<DeadLetter> letters) {
        send(Topics.COMPLETED_SETS_DLQ, letters);
    }

    public void send(String topic, List<DeadLetter> letters) {
        if (!letters.isEmpty()) {
            writer.sendAll(letters.stream().map(letter -> letter.toRecord(topic)).toList());
        }
    }
}
