package dev.stride.progress.streak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreakCalculatorTest {

    @ParameterizedTest(name = "days {0}, today {1}: current {2}, longest {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-01 2026-03-02 2026-03-03 2026-03-05 2026-03-06 | 2026-03-06 | 2 | 3",
            "2026-03-01 2026-03-02 2026-03-03 2026-03-05 2026-03-06 | 2026-03-07 | 2 | 3",
            "2026-03-01 2026-03-02 2026-03-03 2026-03-05 2026-03-06 | 2026-03-08 | 0 | 3",
            // across the US spring-forward night (2026-03-08) the calendar days still follow each other
            "2026-03-07 2026-03-08 2026-03-09                       | 2026-03-09 | 3 | 3",
            // across a month and a year end
            "2025-12-31 2026-01-01                                  | 2026-01-02 | 2 | 2",
            "2026-03-04                                             | 2026-03-04 | 1 | 1"})
    void dailyStreak(String days, LocalDate today, int current, int longest) {
        assertEquals(new Streaks.Run(current, longest), StreakCalculator.daily(days(days), today));
    }

    // 2026-01-05 is a Monday. Weeks: 01-05 two days, 01-12 two, 01-19 one, 01-26 two, 02-02 two.
    private static final String WEEKS = "2026-01-05 2026-01-07 2026-01-12 2026-01-14 2026-01-19 "
            + "2026-01-26 2026-01-28 2026-02-02 2026-02-04";

    @ParameterizedTest(name = "today {0}, target {1}: current {2}, longest {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-08 | 2 | 2 | 2",  // Sunday of the last met week
            "2026-02-10 | 2 | 2 | 2",  // week of 02-09 in progress, no session yet: not broken
            "2026-02-16 | 2 | 0 | 2",  // week of 02-09 ended without sessions: broken
            "2026-02-10 | 1 | 5 | 5",  // one a week: the five weeks from 01-05 to 02-02 met
            "2026-02-10 | 3 | 0 | 0"}) // a plan of three a week: no week met
    void weeklyStreak(LocalDate today, int target, int current, int longest) {
        assertEquals(new Streaks.Run(current, longest), StreakCalculator.weekly(days(WEEKS), today, week -> target));
    }

    @org.junit.jupiter.api.Test
    void theWeekInProgressExtendsTheStreakOnceItMeetsItsTarget() {
        NavigableSet<LocalDate> days = days(WEEKS + " 2026-02-09 2026-02-10");
        assertEquals(new Streaks.Run(3, 3), StreakCalculator.weekly(days, LocalDate.parse("2026-02-10"), week -> 2));
    }

    @org.junit.jupiter.api.Test
    void eachWeekIsJudgedByTheTargetOfItsOwnPlan() {
        LocalDate planWeek = LocalDate.parse("2026-01-26");
        // 01-26 misses its target of 3: 01-05 and 01-12 make the longest run, 02-02 starts the current one
        assertEquals(new Streaks.Run(1, 2), StreakCalculator.weekly(days(WEEKS), LocalDate.parse("2026-02-10"),
                week -> week.equals(planWeek) ? 3 : 2));
    }

    private static NavigableSet<LocalDate> days(String days) {
        return new TreeSet<>(Arrays.stream(days.trim().split("\\s+")).map(LocalDate::parse).toList());
    }
}
