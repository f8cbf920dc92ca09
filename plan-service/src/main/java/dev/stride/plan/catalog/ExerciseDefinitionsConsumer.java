package dev.stride.plan.catalog;

import java.time.Duration;

import dev.stride.plan.plan.PlanRevisions;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Replicates {@code exercise-definitions} a poll at a time: unreadable records go to the
 * dead-letter topic (acknowledged first), the rest update the replica and revise the plans a
 * change invalidates, in one transaction, retried with backoff while the database is away.
 * Offsets are committed after it returns.
 */
@ApplicationScoped
public class ExerciseDefinitionsConsumer {
    private static final Logger LOG = Logger.getLogger(ExerciseDefinitionsConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private final CatalogReplica replica;
    private final PlanRevisions revisions;
    private final DeadLetters deadLetters;
    private final ReplicaSettings settings;

    ExerciseDefinitionsConsumer(CatalogReplica replica, PlanRevisions revisions, DeadLetters deadLetters, ReplicaSettings settings) {
        this.replica = replica;
        this.revisions = revisions;
        this.deadLetters = deadLetters;
        this.settings = settings;
    }

    @Incoming("exercise-definitions")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) throws Exception {
        Definitions.Read read = Definitions.read(records);
        if (!read.rejected().isEmpty()) {
            deadLetters.send(read.rejected());
        }
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                apply(read);
                return;
            } catch (Exception e) {
                if (attempt >= settings.attempts()) {
                    throw e;
                }
                LOG.warnf("Replicating %d definitions failed (attempt %d of %d), retrying in %s: %s",
                        read.accepted().size(), attempt, settings.attempts(), backoff, e.getMessage());
                Thread.sleep(backoff.toMillis());
                backoff = doubled(backoff);
            }
        }
    }

    private static Duration doubled(Duration backoff) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : twice;
    }

    @Transactional(rollbackOn = Exception.class)
    void apply(Definitions.Read read) throws Exception {
        revisions.catalogChanged(replica.keep(read.accepted()));
    }
}
