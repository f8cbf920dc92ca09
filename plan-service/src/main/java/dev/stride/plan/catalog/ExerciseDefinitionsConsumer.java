package dev.stride.plan.catalog;

import dev.stride.plan.plan.PlanRevisions;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Replicates {@code exercise-definitions} a poll at a time: unreadable records go to the
 * dead-letter topic (acknowledged first), the rest update the replica and revise the plans a
 * change invalidates, in one transaction. Offsets are committed after it returns.
 */
@ApplicationScoped
public class ExerciseDefinitionsConsumer {
    private final CatalogReplica replica;
    private final PlanRevisions revisions;
    private final DeadLetters deadLetters;

    ExerciseDefinitionsConsumer(CatalogReplica replica, PlanRevisions revisions, DeadLetters deadLetters) {
        this.replica = replica;
        this.revisions = revisions;
        this.deadLetters = deadLetters;
    }

    @Incoming("exercise-definitions")
    @Blocking
    @Transactional
    public void consume(ConsumerRecords<String, byte[]> records) throws Exception {
        Definitions.Read read = Definitions.read(records);
        if (!read.rejected().isEmpty()) {
            deadLetters.send(read.rejected());
        }
        revisions.catalogChanged(replica.keep(read.accepted()));
    }
}
