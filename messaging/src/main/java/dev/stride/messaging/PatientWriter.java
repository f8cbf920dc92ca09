package dev.stride.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's write until it is done, for as long as it takes: a failure of the system's
 * (database or broker away) marks the consumer not ready with a stable reason, is logged, and is
 * retried after pauses growing from one second to thirty; any other failure is the record's own
 * (see {@link StorageFaults#worthRetrying}) and is handed back at once, to be dead-lettered. A
 * consumer never stops for good and never loses a record to a blip.
 */
@ApplicationScoped
public class PatientWriter {
    private static final Logger LOG = Logger.getLogger(PatientWriter.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private final ConsumerHealth health;
    private final CountDownLatch stopping = new CountDownLatch(1);

    PatientWriter(ConsumerHealth health) {
        this.health = health;
    }

    /** One attempt at the write. */
    @FunctionalInterface
    public interface Write {
        void run() throws Exception;
    }

    /**
     * Runs {@code write} until it succeeds (empty) or fails for its record's fault (that failure).
     * {@code reason} is what readiness shows while it cannot succeed.
     */
    public Optional<Exception> untilDone(String consumer, String reason, Write write) throws InterruptedException {
        Backoff backoff = new Backoff(FIRST_PAUSE, LONGEST_PAUSE);
        while (true) {
            try {
                write.run();
                health.progressing(consumer);
                return Optional.empty();
            } catch (Exception e) {
                if (!StorageFaults.worthRetrying(e)) {
                    health.progressing(consumer);
                    return Optional.of(e);
                }
                health.stalled(consumer, reason);
                Duration pause = backoff.next();
                LOG.warnf("%s cannot write (%s), retrying in %s: %s", consumer, reason, pause, e.getMessage());
                if (stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new InterruptedException("stopping while " + consumer + " could not write: " + e.getMessage());
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping.countDown();
    }
}
