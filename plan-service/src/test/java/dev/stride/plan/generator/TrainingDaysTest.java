package dev.stride.plan.generator;

import static dev.stride.plan.generator.RunDay.EASY;
import static dev.stride.plan.generator.RunDay.HARD;
import static dev.stride.plan.generator.RunDay.LONG;
import static dev.stride.plan.generator.RunDay.REST;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingDaysTest {

    private static List<DayOfWeek> days(int sessions, java.util.Map<DayOfWeek, RunDay> week) {
        return TrainingDays.choose(Plans.spec(sessions, week)).stream().map(TrainingDay::day).toList();
    }

    @Test
    void twoSessionsAroundSundayLongRunAndTuesdayIntervals() {
        // Monday (before intervals) and Saturday (before the long run) are out; Wednesday and Friday
        // are rest days, 48 h apart, each followed by an easy run: the best pair.
        List<TrainingDay> chosen = TrainingDays.choose(Plans.spec(2, Plans.TYPICAL_WEEK));

        assertEquals(List.of(WEDNESDAY, FRIDAY), chosen.stream().map(TrainingDay::day).toList());
        assertEquals("Rest day from running; tomorrow is an easy run.", chosen.get(0).rationale());
    }

    @Test
    void thirdSessionGoesAfterTheLongRunNotBeforeIt() {
        // Wednesday, Friday, then Sunday after the long run (48 h after Friday, 72 h before Wednesday).
        assertEquals(List.of(WEDNESDAY, FRIDAY, SUNDAY), days(3, Plans.TYPICAL_WEEK));
    }

    @Test
    void hardRunDayBeatsTheDayBeforeAHardRun() {
        // Hard runs Monday, Wednesday, Friday: Sunday, Tuesday, Thursday are the days before them.
        // Left: Monday, Wednesday, Friday (after the hard run) and Saturday (easy, before a rest day).
        // Saturday scores best; Monday and Wednesday are the only pair 48 h from it and each other.
        var week = Plans.week(HARD, EASY, HARD, EASY, HARD, EASY, REST);
        List<TrainingDay> chosen = TrainingDays.choose(Plans.spec(3, week));
        assertEquals(List.of(MONDAY, WEDNESDAY, SATURDAY), chosen.stream().map(TrainingDay::day).toList());
        assertEquals("Same day as the hard run, after it, so hard days stay hard and easy days easy; tomorrow is an easy run.",
                chosen.get(0).rationale());
    }

    @Test
    void oneSessionInAnAllRestWeekIsTheEarliestDay() {
        assertEquals(List.of(MONDAY), days(1, Plans.week(REST, REST, REST, REST, REST, REST, REST)));
    }

    @Test
    void tooFewDaysThatAreNotBeforeAHardRunIsRefusedNamingTheRule() {
        var week = Plans.week(HARD, HARD, HARD, EASY, HARD, EASY, LONG);
        PlanRuleBroken broken = assertThrows(PlanRuleBroken.class, () -> days(3, week));
        assertEquals("no-strength-before-hard-run", broken.rule());
    }

    @Test
    void allowedDaysTooCloseTogetherBreakThe48HourRule() {
        // Only Thursday and Friday are not the day before a hard or long run.
        var week = Plans.week(HARD, HARD, HARD, HARD, EASY, EASY, LONG);
        PlanRuleBroken broken = assertThrows(PlanRuleBroken.class, () -> days(2, week));
        assertEquals("48h-between-sessions", broken.rule());
    }

    @Test
    void gapsWrapAroundTheWeek() {
        assertEquals(1, TrainingDays.minGap(0b1000001)); // Sunday then Monday
        assertEquals(7, TrainingDays.minGap(0b0000100));
        assertEquals(2, TrainingDays.minGap(0b0010101)); // Monday, Wednesday, Friday
    }
}
