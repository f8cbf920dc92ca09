package dev.stride.plan.adherence;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.TextRules;
import dev.stride.contracts.athlete.AthleteId;
import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.plan.plan.PlanRequests;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a poll of {@code completed-sets} for what plans need: sets that name a plan and a session,
 * and voids. Anything else is not for plans; a record that does not read is skipped here, as
 * progress-service, which owns the topic's validation, dead-letters it.
 */
final class LoggedSets {
    private static final ObjectReader SET = EventJson.mapper().readerFor(SetCompleted.class);
    private static final ObjectReader VOID = EventJson.mapper().readerFor(SetVoided.class);

    private LoggedSets() {
    }

    /** A set done for a session of a plan, on the athlete's local day. */
    record Logged(String eventId, String athleteId, UUID planId, UUID sessionId, UUID exerciseId, LocalDate day, Double rpe) {
    }

    record Read(List<Logged> sets, List<String> voided) {
    }

    static Read read(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Logged> sets = new ArrayList<>();
        List<String> voided = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Optional<String> type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
            try {
                if (record.value() != null && type.filter(SetVoided.TYPE::equals).isPresent()) {
                    SetVoided v = VOID.readValue(record.value());
                    Optional.ofNullable(v.voidedEventId()).ifPresent(voided::add);
                } else if (record.value() != null) {
                    logged(SET.readValue(record.value())).ifPresent(sets::add);
                }
            } catch (IOException | RuntimeException e) {
                // not readable: progress-service dead-letters it with the reason
            }
        }
        return new Read(sets, voided);
    }

    private static Optional<Logged> logged(SetCompleted s) {
        boolean usable = s.eventId() != null && !s.eventId().isBlank() && s.eventId().length() <= 200
                && TextRules.lineProblem(s.eventId()) == null && AthleteId.valid(s.athleteId())
                && s.planId() != null && s.sessionId() != null && s.exerciseId() != null && s.completedAt() != null
                && (s.rpe() == null || (s.rpe() >= 0 && s.rpe() <= 10));
        Optional<ZoneId> zone = PlanRequests.zone(s.timeZone());
        if (!usable || zone.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = s.completedAt().atZoneSameInstant(zone.get()).toLocalDate();
        return Optional.of(new Logged(s.eventId(), s.athleteId(), s.planId(), s.sessionId(), s.exerciseId(), day, s.rpe()));
    }
}
