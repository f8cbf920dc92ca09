package dev.stride.bench.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * What the healthy endpoints received, against what was owed them for the measured traffic: the delivery latency of
 * each owed set (its first arrival − the time the producer stamped on it), the last such arrival, the owed sets
 * still missing, and deliveries about an athlete who did not connect the endpoint's app (each one wrong).
 */
final class Deliveries {
    private final Set<String> owed;
    private final Map<String, String> appOfAthlete;
    private final Map<String, Arrival> first = new HashMap<>();
    private final Set<String> webhookIds = new HashSet<>();
    private final List<Arrival> arrivals;
    private long wrong;

    Deliveries(Set<String> owed, Map<String, String> appOfAthlete, List<Arrival> arrivals) {
        this.owed = owed;
        this.appOfAthlete = appOfAthlete;
        this.arrivals = arrivals;
        for (Arrival arrival : arrivals) {
            if (!arrival.app().equals(appOfAthlete.get(arrival.athleteId()))) {
                wrong++;
            }
            webhookIds.add(arrival.app() + "/" + arrival.webhookId());
            if (arrival.isSet() && owed.contains(arrival.setKey())) {
                first.putIfAbsent(arrival.setKey(), arrival);
            }
        }
    }

    /** Waits until every owed set has arrived, or the timeout passed; what was received by then. */
    static Deliveries await(HealthyEndpoints endpoints, Set<String> owed, Map<String, String> appOfAthlete, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Deliveries received = new Deliveries(owed, appOfAthlete, endpoints.arrivals());
        while (received.missing() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            received = new Deliveries(owed, appOfAthlete, endpoints.arrivals());
        }
        return received;
    }

    long missing() {
        return owed.size() - first.size();
    }

    long wrong() {
        return wrong;
    }

    long requests() {
        return arrivals.size();
    }

    /** Requests received more than once (the same webhook-id at the same endpoint). */
    long repeated() {
        return arrivals.size() - webhookIds.size();
    }

    /** Requests of any type that arrived in [from, to), per second. */
    double perSecond(Instant from, Instant to) {
        long count = arrivals.stream().filter(a -> !a.arrivedAt().isBefore(from) && a.arrivedAt().isBefore(to)).count();
        return count / (Duration.between(from, to).toNanos() / 1e9);
    }

    /** Microseconds from each owed set's production to its first arrival. */
    Histogram latencyMicros() {
        Histogram micros = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
        for (Arrival arrival : first.values()) {
            long latency = Duration.between(arrival.occurredAt(), arrival.arrivedAt()).toNanos() / 1_000;
            micros.recordValue(Math.max(0, Math.min(micros.getHighestTrackableValue(), latency)));
        }
        return micros;
    }

    /** From {@code trafficEnd} to the first arrival of the last owed set to arrive (zero if all came before). */
    Duration drain(Instant trafficEnd) {
        Instant last = first.values().stream().map(Arrival::arrivedAt).max(Instant::compareTo).orElse(trafficEnd);
        return last.isAfter(trafficEnd) ? Duration.between(trafficEnd, last) : Duration.ZERO;
    }
}
