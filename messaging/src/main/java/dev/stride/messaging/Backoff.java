package dev.stride.messaging;

import java.time.Duration;

/** Pauses that double from {@code first} up to {@code longest}, and start over after a success. */
public final class Backoff {
    private final Duration first;
    private final Duration longest;
    private Duration next;

    public Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    /** The pause to take now; the one after it is twice as long, at most {@code longest}. */
    public synchronized Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(longest) > 0 ? longest : doubled;
        return now;
    }

    public synchronized void reset() {
        next = first;
    }
}
