package dev.stride.progress.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import dev.stride.contracts.progress.StreakBroken;
import dev.stride.contracts.progress.StreakExtended;
import dev.stride.contracts.progress.StreakKind;
import dev.stride.progress.streak.StreakCalculator;
import dev.stride.progress.streak.Streaks;

/**
 * Compares each current streak with the run last published: a run that grew (to two or more)
 * is extended; a published run of two or more that is no longer part of the current one is broken.
 * A late set that merges two runs breaks nothing. Fact keys make each fact once.
 */
public final class StreakFacts {

    private StreakFacts() {
    }

    /** A run of a streak: first and last day (or week Monday) and its length. */
    public record Run(StreakKind kind, LocalDate startedOn, int length, LocalDate through) {
        boolean covers(LocalDate day) {
            return !day.isBefore(startedOn) && !day.isAfter(through);
        }
    }

    /** The current runs (absent when none) and the facts to publish. */
    public record Outcome(Map<StreakKind, Run> current, List<FactLog.Fact> facts) {
    }

    public static Outcome evaluate(AthleteHistory history, Map<StreakKind, Run> published, Instant now) {
        Map<StreakKind, Run> current = currentRuns(history);
        List<FactLog.Fact> facts = new ArrayList<>();
        for (StreakKind kind : StreakKind.values()) {
            Run before = published.get(kind);
            Run after = current.get(kind);
            if (before != null && before.length() >= 2 && (after == null || !after.covers(before.through()))) {
                facts.add(broken(history.athleteId(), before, now));
            }
            if (after != null && after.length() >= 2 && (before == null || !before.startedOn().equals(after.startedOn())
                    || after.length() > before.length())) {
                facts.add(extended(history.athleteId(), after, now));
            }
        }
        return new Outcome(current, facts);
    }

    static Map<StreakKind, Run> currentRuns(AthleteHistory history) {
        NavigableSet<LocalDate> days = history.activeDays();
        Map<StreakKind, Run> runs = new EnumMap<>(StreakKind.class);
        Streaks.Run daily = StreakCalculator.daily(days, history.today());
        if (daily.current() > 0) {
            LocalDate through = days.last();
            runs.put(StreakKind.DAILY, new Run(StreakKind.DAILY, through.minusDays(daily.current() - 1L), daily.current(), through));
        }
        Streaks.Run weekly = StreakCalculator.weekly(days, history.today(), history.targetOfWeek());
        if (weekly.current() > 0) {
            LocalDate thisWeek = StreakCalculator.weekOf(history.today());
            long sessions = days.subSet(thisWeek, true, thisWeek.plusDays(6), true).size();
            LocalDate through = sessions >= history.targetOfWeek().apply(thisWeek) ? thisWeek : thisWeek.minusWeeks(1);
            runs.put(StreakKind.WEEKLY, new Run(StreakKind.WEEKLY, through.minusWeeks(weekly.current() - 1L), weekly.current(), through));
        }
        return runs;
    }

    private static FactLog.Fact extended(String athleteId, Run run, Instant now) {
        String key = "streak-extended:" + athleteId + ":" + run.kind() + ":" + run.startedOn() + ":" + run.length();
        return new FactLog.Fact(key, athleteId, StreakExtended.TYPE, now, new StreakExtended(FactLog.eventId(key),
                athleteId, run.kind(), run.length(), run.startedOn(), run.through(), now));
    }

    private static FactLog.Fact broken(String athleteId, Run run, Instant now) {
        String key = "streak-broken:" + athleteId + ":" + run.kind() + ":" + run.startedOn() + ":" + run.through();
        return new FactLog.Fact(key, athleteId, StreakBroken.TYPE, now, new StreakBroken(FactLog.eventId(key),
                athleteId, run.kind(), run.length(), run.startedOn(), run.through(), now));
    }
}
