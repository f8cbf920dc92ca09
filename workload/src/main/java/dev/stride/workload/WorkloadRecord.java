package dev.stride.workload;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One record of the workload as it goes to {@code completed-sets}: key = athlete id, CloudEvents
 * headers, JSON body, and what the workload meant by it ({@link Kind}, the decoded event).
 */
public record WorkloadRecord(Kind kind, String athleteId, String eventId, String type, Instant time, byte[] value,
                             Object event) {
    public static final String SOURCE = "/stride/workload";

    /** A valid set, a void of an earlier set, or a record the service must send to the DLQ. */
    public enum Kind {
        SET,
        VOID,
        POISON
    }

    public static WorkloadRecord completed(SetCompleted set) {
        return new WorkloadRecord(Kind.SET, set.athleteId(), set.eventId(), SetCompleted.TYPE,
                set.completedAt().toInstant(), json(set), set);
    }

    public static WorkloadRecord voided(SetVoided voided) {
        return new WorkloadRecord(Kind.VOID, voided.athleteId(), voided.eventId(), SetVoided.TYPE,
                voided.voidedAt().toInstant(), json(voided), voided);
    }

    /** A record the service must refuse; {@code event} is what it would decode to, if anything. */
    public static WorkloadRecord poison(SetCompleted set) {
        return new WorkloadRecord(Kind.POISON, set.athleteId(), set.eventId(), SetCompleted.TYPE,
                set.completedAt().toInstant(), json(set), set);
    }

    public static WorkloadRecord poison(String athleteId, String eventId, String body) {
        return new WorkloadRecord(Kind.POISON, athleteId, eventId, SetCompleted.TYPE, Instant.EPOCH,
                body.getBytes(StandardCharsets.UTF_8), null);
    }

    public ProducerRecord<String, byte[]> toProducerRecord() {
        return new ProducerRecord<>(Topics.COMPLETED_SETS, null, athleteId, value,
                CloudEventHeaders.of(eventId, type, SOURCE, time));
    }

    private static byte[] json(Object event) {
        try {
            return EventJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
