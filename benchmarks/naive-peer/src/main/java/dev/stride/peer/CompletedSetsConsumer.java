package dev.stride.peer;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Daily volume from {@code completed-sets}, one record per call and one transaction per record,
 * as the kafka-panache-quickstart consumes. A record it refuses is logged and acknowledged: it never
 * stops the channel.
 */
@ApplicationScoped
public class CompletedSetsConsumer {
    private static final ObjectReader SET_READER = EventJson.mapper().readerFor(SetCompleted.class);
    private static final ObjectReader VOID_READER = EventJson.mapper().readerFor(SetVoided.class);

    @Incoming("completed-sets")
    @Transactional
    public void consume(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).orElse(SetCompleted.TYPE);
        try {
            Optional<String> refused = switch (type) {
                case SetCompleted.TYPE -> count(SET_READER.readValue(record.value()));
                case SetVoided.TYPE -> withdraw(VOID_READER.readValue(record.value()));
                default -> Optional.of("unknown ce_type " + type);
            };
            refused.ifPresent(reason -> skip(record, reason));
        } catch (IOException unreadable) {
            skip(record, unreadable.getMessage());
        }
    }

    /** Counts a set the first time its event id comes; a later copy is ignored, whatever its content. */
    private Optional<String> count(SetCompleted set) {
        Optional<String> refused = SetRules.whyRefused(set, Instant.now());
        if (refused.isPresent() || StoredSet.findById(set.eventId()) != null) {
            return refused;
        }
        StoredSet stored = StoredSet.of(set);
        Withdrawal earlier = Withdrawal.findById(set.eventId());
        stored.voided = earlier != null && earlier.athleteId.equals(set.athleteId());
        stored.persist();
        if (!stored.voided) {
            DailyVolume.add(stored);
        }
        return Optional.empty();
    }

    /** Withdraws the athlete's set, now or when it comes; only the first void of an event id counts. */
    private Optional<String> withdraw(SetVoided voided) {
        Optional<String> refused = SetRules.whyRefused(voided);
        if (refused.isPresent() || Withdrawal.findById(voided.voidedEventId()) != null) {
            return refused;
        }
        Withdrawal.of(voided).persist();
        StoredSet stored = StoredSet.findById(voided.voidedEventId());
        if (stored != null && stored.athleteId.equals(voided.athleteId())) {
            stored.voided = true;
            DailyVolume.subtract(stored);
        }
        return Optional.empty();
    }

    private static void skip(ConsumerRecord<String, byte[]> record, String reason) {
        Log.debugf("Skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
    }
}
