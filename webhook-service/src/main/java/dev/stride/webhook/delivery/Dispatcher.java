package dev.stride.webhook.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Delivers, apart from everything else the service does: one thread claims endpoints with
 * something due (woken by new deliveries, else every poll interval), a few workers resolve their
 * hosts and write outcomes, and the HTTP exchanges run on the client's event loop without holding
 * a thread. Each endpoint is in at most one round at a time and at most
 * {@link DeliverySettings#endpointsInFlight()} are, so that slow or dead endpoints take only their
 * own places and never an other endpoint's, nor anything of ingestion.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int WORKERS = 4;
    private final Deliveries deliveries;
    private final EndpointRound round;
    private final Outcomes outcomes;
    private final DispatchSignal signal;
    private final DeliverySettings settings;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread thread;
    private ExecutorService workers;

    Dispatcher(Deliveries deliveries, EndpointRound round, Outcomes outcomes, DispatchSignal signal, DeliverySettings settings,
               Clock clock) {
        this.deliveries = deliveries;
        this.round = round;
        this.outcomes = outcomes;
        this.signal = signal;
        this.settings = settings;
        this.schedule = new RetrySchedule(settings, () -> ThreadLocalRandom.current().nextDouble());
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread worker = new Thread(task, "webhook-delivery-" + count.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
            workers.shutdown();
            workers.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        while (running) {
            try {
                claimRound();
                signal.await(settings.pollInterval());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | java.sql.SQLException e) {
                LOG.warnf("Cannot claim endpoints to deliver to, trying again in %s: %s", settings.pollInterval(), e.getMessage());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void claimRound() throws java.sql.SQLException {
        int room = settings.endpointsInFlight() - inFlight.size();
        if (room <= 0) {
            return;
        }
        Instant now = clock.instant();
        List<Claimed> claimed = deliveries.claim(now, now.plus(settings.lease()), List.copyOf(inFlight), room, settings.batchSize(),
                now.minus(settings.retryFor()), "not delivered within " + settings.retryFor().toHours() + " h of its event");
        for (Claimed endpoint : claimed) {
            inFlight.add(endpoint.subscription());
            workers.execute(() -> round.deliver(endpoint)
                    .whenComplete((attempts, failure) -> workers.execute(() -> finish(endpoint, attempts == null ? List.of() : attempts))));
        }
    }

    /** Outcomes written, the endpoint released; if writing fails, its lease runs out and the round is made again (at least once). */
    private void finish(Claimed endpoint, List<Attempt> attempts) {
        try {
            outcomes.record(endpoint.subscription(), attempts, clock.instant(), schedule, settings);
        } catch (Exception e) {
            LOG.warnf("Outcomes of %d deliveries to subscription %s not written (%s); they are made again after the lease",
                    attempts.size(), endpoint.subscription(), e.getMessage());
        } finally {
            inFlight.remove(endpoint.subscription());
            signal.now();
        }
    }
}
