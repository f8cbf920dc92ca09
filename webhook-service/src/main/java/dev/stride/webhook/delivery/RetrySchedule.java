package dev.stride.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, from {@code firstRetry},
 * {@code backoffFactor} times longer each time up to {@code longestRetry}, for {@code retryFor} after
 * its event (the defaults: 10 s, 30 s, 90 s … 12 h, about three days, 14 attempts in all).
 */
public final class RetrySchedule {
    private final DeliverySettings settings;
    /** Uniform in [0, 1). */
    private final DoubleSupplier random;

    public RetrySchedule(DeliverySettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    /** The pause after the {@code failures}-th failure in a row (from 1), without jitter. */
    public Duration pause(int failures) {
        double factor = Math.pow(settings.backoffFactor(), Math.max(0, failures - 1));
        double millis = settings.firstRetry().toMillis() * factor;
        return millis >= settings.longestRetry().toMillis() ? settings.longestRetry() : Duration.ofMillis((long) millis);
    }

    /** The next attempt after the {@code failures}-th failure at {@code now}; empty once past the retry window of an event created at {@code created}. */
    public Optional<Instant> next(int failures, Instant now, Instant created) {
        Instant next = after(failures, now);
        return next.isAfter(created.plus(settings.retryFor())) ? Optional.empty() : Optional.of(next);
    }

    /** {@link #pause} after {@code now}, stretched or shrunk by the jitter. */
    public Instant after(int failures, Instant now) {
        long base = pause(failures).toMillis();
        return now.plusMillis(Math.round(base * (1 + settings.jitter() * (2 * random.getAsDouble() - 1))));
    }
}
