package dev.stride.plan.generator;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the weekdays of strength sessions from the running week. Rules: never the day before a
 * long or hard run; at least 48 h between sessions, across the week boundary too; rest and easy
 * days score best, the day of a hard run (strength after it) next, the day of a long run last.
 * Ties go to the most evenly spread days, then the earliest.
 */
public final class TrainingDays {
    private TrainingDays() {
    }

    public static List<TrainingDay> choose(PlanSpec spec) {
        List<DayOfWeek> allowed = allowedDays(spec);
        int wanted = spec.sessionsPerWeek();
        if (allowed.size() < wanted) {
            throw new PlanRuleBroken("no-strength-before-hard-run", "Only " + allowed.size()
                    + " weekday(s) are not the day before a long or hard run, and " + wanted + " session(s) a week were asked for");
        }
        int best = -1;
        for (int mask = 1; mask < 128; mask++) {
            if (Integer.bitCount(mask) == wanted && onlyAllowed(mask, allowed) && minGap(mask) >= 2
                    && (best < 0 || better(spec, mask, best))) {
                best = mask;
            }
        }
        if (best < 0) {
            throw new PlanRuleBroken("48h-between-sessions", "No " + wanted + " of the allowed days "
                    + names(allowed) + " are at least 48 h apart (the week repeats)");
        }
        return explain(spec, best);
    }

    private static List<DayOfWeek> allowedDays(PlanSpec spec) {
        List<DayOfWeek> allowed = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!spec.runOn(day.plus(1)).isDemanding()) {
                allowed.add(day);
            }
        }
        return allowed;
    }

    private static boolean onlyAllowed(int mask, List<DayOfWeek> allowed) {
        return days(mask).stream().allMatch(allowed::contains);
    }

    private static boolean better(PlanSpec spec, int mask, int best) {
        int byScore = Integer.compare(score(spec, mask), score(spec, best));
        if (byScore != 0) {
            return byScore > 0;
        }
        int bySpread = Integer.compare(minGap(mask), minGap(best));
        return bySpread != 0 ? bySpread > 0 : Integer.compareUnsigned(Integer.reverse(mask), Integer.reverse(best)) > 0;
    }

    private static int score(PlanSpec spec, int mask) {
        return days(mask).stream().mapToInt(day -> preference(spec.runOn(day))).sum();
    }

    static int preference(RunDay run) {
        return switch (run) {
            case REST, EASY -> 3;
            case HARD -> 1;
            case LONG -> 0;
        };
    }

    /** The smallest number of days between two sessions of a repeating week (7 for a single session). */
    static int minGap(int mask) {
        List<DayOfWeek> days = days(mask);
        int min = 7;
        for (int i = 0; i < days.size(); i++) {
            int next = days.get((i + 1) % days.size()).getValue();
            min = Math.min(min, Math.floorMod(next - days.get(i).getValue() - 1, 7) + 1);
        }
        return min;
    }

    private static List<DayOfWeek> days(int mask) {
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<TrainingDay> explain(PlanSpec spec, int mask) {
        return days(mask).stream().map(day -> new TrainingDay(day, reason(spec, day))).toList();
    }

    /** Why strength on {@code day} of the running week; how far it is from other sessions depends on the dates. */
    public static String reason(PlanSpec spec, DayOfWeek day) {
        RunDay today = spec.runOn(day);
        String opening = switch (today) {
            case REST -> "Rest day from running";
            case EASY -> "Easy run day, legs fresh enough for strength";
            case HARD -> "Same day as the hard run, after it, so hard days stay hard and easy days easy";
            case LONG -> "Same day as the long run, after it; no better day was free";
        };
        return opening + "; tomorrow is " + spec.runOn(day.plus(1)).label() + ".";
    }

    private static String names(List<DayOfWeek> days) {
        return days.stream().map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList().toString();
    }
}
