package dev.stride.bench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The run's figures, printed as they come and at the end as a Markdown table, and the checks that failed. */
final class Figures {
    private final List<String> rows = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();

    void row(String figure, String measured) {
        rows.add("| " + figure + " | " + measured + " |");
        System.out.println("[import] " + figure + ": " + measured);
    }

    /** A check: a row either way, and a mismatch if the actual value differs from the expected one. */
    void expect(String what, Object expected, Object actual) {
        boolean met = Objects.equals(expected, actual);
        row("check: " + what, met ? actual + " (as expected)" : actual + " — MISMATCH, expected " + expected);
        if (!met) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    String markdown() {
        return "| figure | measured |\n|---|---|\n" + String.join("\n", rows);
    }
}
