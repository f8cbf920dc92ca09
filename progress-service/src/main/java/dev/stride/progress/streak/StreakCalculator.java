package dev.stride.progress.streak;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Streak arithmetic on local calendar days. A daily streak is current while its last day is
 * today or yesterday. A week counts when its active days reach the target of that week; the week
 * in progress extends the streak once it meets its target and never breaks it before it is over.
 */
public final class StreakCalculator {

    private StreakCalculator() {
    }

    public static Streaks.Run daily(NavigableSet<LocalDate> activeDays, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : activeDays) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean current = previous != null && !previous.isBefore(today.minusDays(1));
        return new Streaks.Run(current ? run : 0, longest);
    }

    /** {@code targetOfWeek} gives the sessions needed in the week starting on that Monday. */
    public static Streaks.Run weekly(NavigableSet<LocalDate> activeDays, LocalDate today,
                                     Function<LocalDate, Integer> targetOfWeek) {
        SortedMap<LocalDate, Integer> sessions = sessionsPerWeek(activeDays);
        LocalDate thisWeek = weekOf(today);
        int longest = 0;
        int run = 0;
        LocalDate previousMet = null;
        for (Map.Entry<LocalDate, Integer> week : sessions.entrySet()) {
            if (week.getValue() < targetOfWeek.apply(week.getKey())) {
                continue;
            }
            run = previousMet != null && previousMet.plusWeeks(1).equals(week.getKey()) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previousMet = week.getKey();
        }
        boolean current = previousMet != null && !previousMet.isBefore(thisWeek.minusWeeks(1));
        return new Streaks.Run(current ? run : 0, longest);
    }

    /** The Monday that starts the ISO week of a day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The ISO week of a day, like {@code 2026-W10}. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static SortedMap<LocalDate, Integer> sessionsPerWeek(NavigableSet<LocalDate> activeDays) {
        SortedMap<LocalDate, Integer> sessions = new TreeMap<>();
        activeDays.forEach(day -> sessions.merge(weekOf(day), 1, Integer::sum));
        return sessions;
    }
}
