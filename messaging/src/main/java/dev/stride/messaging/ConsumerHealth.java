package dev.stride.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which of the service's own consumers cannot progress now, each with a stable reason code
 * ({@code storage-unavailable}, ...), as {@link ConsumersReadiness} reports it. The failure itself
 * goes to the log, never into the health body.
 */
@ApplicationScoped
public class ConsumerHealth {
    public static final String STORAGE_UNAVAILABLE = "storage-unavailable";
    public static final String BROKER_UNAVAILABLE = "broker-unavailable";
    private final Map<String, String> stalled = new ConcurrentHashMap<>();

    /** {@code consumer} cannot progress, for {@code reason} (a stable code). */
    public void stalled(String consumer, String reason) {
        stalled.put(consumer, reason);
    }

    public void progressing(String consumer) {
        stalled.remove(consumer);
    }

    /** Each stalled consumer and its reason. */
    public Map<String, String> stalled() {
        return Map.copyOf(stalled);
    }
}
