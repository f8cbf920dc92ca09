package dev.stride.plan.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.stride.messaging.ConsumerHealth;
import dev.stride.contracts.Topics;
import dev.stride.messaging.DeadLetter;
import dev.stride.messaging.DeadLetterQueue;
import dev.stride.messaging.PatientWriter;
import dev.stride.plan.plan.PlanRevisions;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Replicates {@code exercise-definitions} a poll at a time: unreadable records go to the
 * dead-letter topic (acknowledged first), the rest update the replica and revise the plans a
 * change invalidates, in one transaction, retried with backoff for as long as the database is
 * away. When the database refuses the poll for a record's fault, the definitions are applied one
 * at a time and only those it refuses are dead-lettered. Offsets are committed after it returns.
 */
@ApplicationScoped
public class ExerciseDefinitionsConsumer {
    private static final String CONSUMER = "exercise-definitions";
    private final CatalogReplica replica;
    private final PlanRevisions revisions;
    private final DeadLetterQueue deadLetters;
    private final PatientWriter writer;

    ExerciseDefinitionsConsumer(CatalogReplica replica, PlanRevisions revisions, DeadLetterQueue deadLetters, PatientWriter writer) {
        this.replica = replica;
        this.revisions = revisions;
        this.deadLetters = deadLetters;
        this.writer = writer;
    }

    @Incoming("exercise-definitions")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        Definitions.Read read = Definitions.read(records);
        deadLetter(read.rejected());
        if (read.accepted().isEmpty()
                || writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> apply(read.accepted())).isEmpty()) {
            return;
        }
        List<DeadLetter> unstorable = new ArrayList<>();
        for (Definitions.Definition definition : read.accepted()) {
            Optional<Exception> refused = writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE,
                    () -> apply(List.of(definition)));
            refused.ifPresent(failure -> unstorable.add(DeadLetter.unstorable(definition.record(), failure)));
        }
        deadLetter(unstorable);
    }

    private void deadLetter(List<DeadLetter> letters) throws InterruptedException {
        if (!letters.isEmpty()) {
            writer.untilDone(CONSUMER, ConsumerHealth.BROKER_UNAVAILABLE, () -> deadLetters.send(Topics.PLAN_SERVICE_DLQ, letters));
        }
    }

    @Transactional(rollbackOn = Exception.class)
    void apply(List<Definitions.Definition> definitions) throws Exception {
        revisions.catalogChanged(replica.keep(definitions));
    }
}
