package dev.stride.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Fixed windows of requests per key, in this process's memory. Several instances each count their
 * own share; sharing one budget across them would move this map to a store every instance reaches
 * (Redis {@code INCR} with an expiry per key and window is the usual shape).
 */
final class RequestBudgets {
    /** Keys whose window ended are dropped once the map holds this many, at most once a window. */
    private static final int PURGE_ABOVE = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicLong nextPurge;

    RequestBudgets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.nextPurge = new AtomicLong(nanoTime.getAsLong());
    }

    /** One request taken from a budget, or refused: what is left of it and when it is whole again. */
    record Use(boolean allowed, int limit, int remaining, long resetSeconds, long windowSeconds) {
    }

    Use take(String key, int limit, Duration window) {
        long now = nanoTime.getAsLong();
        long length = window.toNanos();
        Window current = windows.compute(key, (k, w) -> w == null || now - w.start >= length
                ? new Window(now, 1) : new Window(w.start, Math.min(w.used, limit) + 1));
        long purgeDue = nextPurge.get();
        if (windows.size() > PURGE_ABOVE && now - purgeDue >= 0 && nextPurge.compareAndSet(purgeDue, now + length)) {
            windows.values().removeIf(w -> now - w.start >= length);
        }
        long reset = Math.max(1, (current.start + length - now + 999_999_999L) / 1_000_000_000L);
        return new Use(current.used <= limit, limit, Math.max(0, limit - current.used), reset, window.toSeconds());
    }

    private record Window(long start, int used) {
    }
}
