package dev.stride.plan.adherence;

import dev.stride.messaging.ConsumerHealth;
import dev.stride.messaging.PatientWriter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns from {@code completed-sets} what athletes did in their plans' sessions, a poll at a time:
 * stores the sets (each once) and adapts the plans they touch, in one transaction, retried for as
 * long as the database is away. A poll the database refuses for a record's fault is logged and
 * passed over: those sets are progress-service's to keep, the plan only adapts less.
 */
@ApplicationScoped
public class CompletedSetsConsumer {
    private static final Logger LOG = Logger.getLogger(CompletedSetsConsumer.class);
    private static final String CONSUMER = "completed-sets";
    private final SessionSets sessionSets;
    private final PlanAdaptation adaptation;
    private final PatientWriter writer;

    CompletedSetsConsumer(SessionSets sessionSets, PlanAdaptation adaptation, PatientWriter writer) {
        this.sessionSets = sessionSets;
        this.adaptation = adaptation;
        this.writer = writer;
    }

    @Incoming("completed-sets")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        LoggedSets.Read read = LoggedSets.read(records);
        if (read.sets().isEmpty() && read.voided().isEmpty()) {
            return;
        }
        writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> apply(read))
                .ifPresent(refused -> LOG.warnf("A poll of %d logged sets was refused and passed over: %s", read.sets().size(), refused));
    }

    @Transactional(rollbackOn = Exception.class)
    void apply(LoggedSets.Read read) {
        adaptation.adapt(sessionSets.store(read));
    }
}
