package dev.stride.bench.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.stride.workload.AthleteWeek;
import dev.stride.workload.Totals;

/** Where a consumer's volume per athlete and ISO week differs from the truth's: every difference is a mismatch. */
final class VolumeMismatches {
    private VolumeMismatches() {
    }

    /** Every athlete's weeks, by the week's Monday. */
    static Map<String, Map<LocalDate, Totals>> byAthlete(Map<AthleteWeek, Totals> weeks) {
        Map<String, Map<LocalDate, Totals>> byAthlete = new HashMap<>();
        weeks.forEach((week, totals) -> byAthlete.computeIfAbsent(week.athleteId(), a -> new HashMap<>()).put(week.monday(), totals));
        return byAthlete;
    }

    /** The weeks of every athlete either side has. */
    static List<String> between(Map<AthleteWeek, Totals> expected, Map<AthleteWeek, Totals> shown) {
        Map<String, Map<LocalDate, Totals>> expectedWeeks = byAthlete(expected);
        Map<String, Map<LocalDate, Totals>> shownWeeks = byAthlete(shown);
        TreeSet<String> athletes = new TreeSet<>(expectedWeeks.keySet());
        athletes.addAll(shownWeeks.keySet());
        List<String> mismatches = new ArrayList<>();
        for (String athlete : athletes) {
            mismatches.addAll(of(athlete, expectedWeeks.getOrDefault(athlete, Map.of()), shownWeeks.getOrDefault(athlete, Map.of())));
        }
        return mismatches;
    }

    /** One athlete's weeks; a week shown without any set counts as not shown. */
    static List<String> of(String athlete, Map<LocalDate, Totals> expected, Map<LocalDate, Totals> shown) {
        List<String> mismatches = new ArrayList<>();
        expected.forEach((monday, totals) -> {
            Totals actual = shown.get(monday);
            if (actual == null || !actual.sameAs(totals)) {
                mismatches.add(athlete + " week of " + monday + ": expected " + totals + ", shown " + actual);
            }
        });
        shown.forEach((monday, totals) -> {
            if (!expected.containsKey(monday) && totals.sets() != 0) {
                mismatches.add(athlete + " week of " + monday + ": expected nothing, shown " + totals);
            }
        });
        return mismatches;
    }
}
