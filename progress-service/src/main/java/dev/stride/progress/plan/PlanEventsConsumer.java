package dev.stride.progress.plan;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.plan.PlanChanged;
import dev.stride.progress.sets.DeadLetters;
import dev.stride.progress.sets.DecodedBatch;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the plan replica; unreadable plan events go to {@code progress-service.dlq}. */
@ApplicationScoped
public class PlanEventsConsumer {
    private static final ObjectReader READER = EventJson.mapper().readerFor(PlanChanged.class);
    private final PlanReplica replica;
    private final DeadLetters deadLetters;

    PlanEventsConsumer(PlanReplica replica, DeadLetters deadLetters) {
        this.replica = replica;
        this.deadLetters = deadLetters;
    }

    @Incoming("plan-events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            PlanChanged event = READER.readValue(record.value());
            if (event.planId() == null || event.athleteId() == null || event.startDate() == null || event.change() == null) {
                throw new IOException("planId, athleteId, startDate and change are required");
            }
            replica.keep(event);
        } catch (IOException | IllegalArgumentException e) {
            deadLetters.send(Topics.PROGRESS_SERVICE_DLQ,
                    List.of(new DecodedBatch.Rejected(record, "unreadable-plan", String.valueOf(e.getMessage()))));
        }
    }
}
