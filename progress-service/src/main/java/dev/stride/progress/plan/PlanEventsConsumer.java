package dev.stride.progress.plan;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.JsonFailures;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.contracts.plan.PlannedSession;
import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import dev.stride.progress.athlete.AthleteIds;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the plan replica, waiting out a database that is away; plan events that cannot be read or
 * stored go to {@code progress-service.dlq}.
 */
@ApplicationScoped
public class PlanEventsConsumer {
    private static final String CONSUMER = "plan-events";
    private static final ObjectReader READER = EventJson.mapper().readerFor(PlanChanged.class);
    private final PlanReplica replica;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    PlanEventsConsumer(PlanReplica replica, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.replica = replica;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        PlanChanged event;
        try {
            event = READER.readValue(record.value() == null ? new byte[0] : record.value());
            check(event);
        } catch (IOException e) {
            deadLetter(new DeadLetter(record, "unreadable-plan", e instanceof JacksonException json
                    ? JsonFailures.describe(json) : e.getMessage()));
            return;
        }
        Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> replica.keep(event));
        if (refused.isPresent()) {
            deadLetter(DeadLetter.unstorable(record, refused.get()));
        }
    }

    /** What the replica relies on, so that a malformed event is refused here and never retried as if the database were away. */
    private static void check(PlanChanged event) throws IOException {
        if (event == null || event.planId() == null || event.startDate() == null || event.change() == null) {
            throw new IOException("planId, athleteId, startDate and change are required");
        }
        if (!AthleteIds.valid(event.athleteId())) {
            throw new IOException("athleteId " + AthleteIds.RULE);
        }
        for (PlannedSession session : event.sessions() == null ? List.<PlannedSession>of() : event.sessions()) {
            if (session == null || session.exercises() == null || session.week() < 1
                    || session.exercises().stream().anyMatch(e -> e == null || e.exerciseId() == null || e.sets() < 0)) {
                throw new IOException("every session needs a week from 1 and exercises, each with an exerciseId and sets >= 0");
            }
        }
    }

    private void deadLetter(DeadLetter letter) throws InterruptedException {
        writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE,
                () -> deadLetters.send(Topics.PROGRESS_SERVICE_DLQ, List.of(letter)));
    }
}
