package dev.stride.plan.adherence;

import java.util.List;

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
 * long as the database is away. When the database refuses a poll for a record's fault, its sets are
 * stored one by one and only those refused are passed over (logged): progress-service dead-letters them.
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
        if (writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> apply(read)).isPresent()) {
            oneByOne(read);
        }
    }

    /** The database refused the poll for a record's fault: each set and void alone, so that only those at fault are passed over. */
    private void oneByOne(LoggedSets.Read read) throws InterruptedException {
        for (LoggedSets.Logged set : read.sets()) {
            writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> apply(new LoggedSets.Read(List.of(set), List.of())))
                    .ifPresent(refused -> LOG.warnf("Logged set %s refused and passed over: %s", set.eventId(), refused.getMessage()));
        }
        for (String voided : read.voided()) {
            writer.untilDone(CONSUMER, ConsumerHealth.STORAGE_UNAVAILABLE, () -> apply(new LoggedSets.Read(List.of(), List.of(voided))))
                    .ifPresent(refused -> LOG.warnf("Void of %s refused and passed over: %s", voided, refused.getMessage()));
        }
    }

    @Transactional(rollbackOn = Exception.class)
    void apply(LoggedSets.Read read) {
        adaptation.adapt(sessionSets.store(read));
    }
}
