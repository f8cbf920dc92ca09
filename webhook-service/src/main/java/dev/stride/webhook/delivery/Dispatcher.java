package dev.stride.webhook.delivery;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
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
 * something due (woken by new deliveries, else every poll interval), a few threads resolve their
 * hosts, one writes outcomes, and the HTTP exchanges run on the client's event loop without holding
 * a thread. Each endpoint is in at most one round at a time and at most
 * {@link DeliverySettings#endpointsInFlight()} are, so that slow or dead endpoints take only their
 * own places and never an other endpoint's, nor anything of ingestion.
 */
@ApplicationScoped
public class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Resolve hosts (a slow name server holds one of these, never the writing of outcomes). */
    private static final int RESOLVERS = 8;
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
    private ExecutorService resolvers;
    private ExecutorService writers;

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
        resolvers = Executors.newFixedThreadPool(RESOLVERS, named("webhook-resolve-"));
        writers = Executors.newSingleThreadExecutor(named("webhook-outcomes-"));
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
            resolvers.shutdown();
            writers.shutdown();
            writers.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void run() {
        while (running) {
            try {
                claimRound();
                signal.await(settings.pollInterval());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | SQLException e) {
                LOG.warnf("Cannot claim endpoints to deliver to, trying again in %s: %s", settings.pollInterval(), e.getMessage());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void claimRound() throws SQLException {
        int room = settings.endpointsInFlight() - inFlight.size();
        if (room <= 0) {
            return;
        }
        Instant now = clock.instant();
        List<Claimed> claimed = deliveries.claim(now, now.plus(settings.lease()), List.copyOf(inFlight), room, settings.batchSize(),
                now.minus(settings.retryFor()), "not delivered within " + settings.retryFor().toHours() + " h of its event");
        for (Claimed endpoint : claimed) {
            inFlight.add(endpoint.subscription());
            CompletableFuture.supplyAsync(() -> round.deliver(endpoint), resolvers).thenCompose(attempts -> attempts)
                    .whenComplete((attempts, failure) -> writers.execute(() -> finish(endpoint, attempts, failure)));
        }
    }

    /** Outcomes written, the endpoint released; if writing fails, its lease runs out and the round is made again (at least once). */
    private void finish(Claimed endpoint, List<Attempt> attempts, Throwable failure) {
        try {
            if (failure != null) {
                LOG.errorf(failure, "A round of deliveries to subscription %s failed; its deliveries stay due", endpoint.subscription());
                outcomes.release(endpoint.subscription(), clock.instant().plus(settings.firstRetry()));
            } else {
                outcomes.record(endpoint.subscription(), attempts, clock.instant(), schedule, settings);
            }
        } catch (Exception e) {
            LOG.warnf("Outcomes of a round to subscription %s not written (%s); its deliveries are made again after the lease",
                    endpoint.subscription(), e.getMessage());
        } finally {
            inFlight.remove(endpoint.subscription());
            signal.now();
        }
    }
}
