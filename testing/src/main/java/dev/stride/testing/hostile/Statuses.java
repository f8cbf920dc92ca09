package dev.stride.testing.hostile;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The statuses each operation answered its hostile cases with, for the log: {@code POST /plans: 400 ×118, 405 ×1, …}. */
final class Statuses {
    private final Map<String, Map<Integer, Integer>> byOperation = new ConcurrentHashMap<>();

    void add(HostileCase c, int status) {
        String operation = c.name().substring(0, c.name().indexOf(": "));
        byOperation.computeIfAbsent(operation, o -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    String summary() {
        StringBuilder out = new StringBuilder("Hostile cases answered, by operation:");
        new TreeMap<>(byOperation).forEach((operation, statuses) -> {
            out.append("\n  ").append(operation).append(':');
            statuses.forEach((status, count) -> out.append(' ').append(status).append(" ×").append(count));
        });
        return out.toString();
    }
}
