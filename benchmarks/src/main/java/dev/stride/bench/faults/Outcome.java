package dev.stride.bench.faults;

import java.util.List;

/**
 * What one scenario ended with: every figure of its row, and each difference from the truth
 * (none, or the run fails). A cell that does not apply to the scenario is "–".
 */
public record Outcome(String scenario, String sent, String counted, String lost, String countedTwice, String deadLetters,
               String progressEvents, String changeEvents, String recovery, List<String> differences) {

    static final String NONE = "–";

    public static String header() {
        return """
                | scenario | records sent | counted | lost | counted twice | DLQ expected / found | progress-events: facts / missing / re-sent (same id) | catalog or plan events: missing / out of order / re-sent (same id) | recovery |
                |---|---|---|---|---|---|---|---|---|""";
    }

    public String row() {
        return "| " + String.join(" | ", scenario, sent, counted, lost, countedTwice, deadLetters, progressEvents,
                changeEvents, recovery) + " |";
    }

    boolean exact() {
        return differences.isEmpty();
    }
}
