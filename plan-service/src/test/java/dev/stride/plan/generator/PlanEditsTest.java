package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Moves, skips and swaps on the Wednesday-and-Friday plan (long run Sunday, intervals Tuesday), today Tuesday 3 March. */
class PlanEditsTest {
    private static final PlanSpec SPEC = Plans.HIP_STABILITY_ON_A_MAT;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
    private final List<ScheduledSession> plan = PlanGenerator.generate(UUID.randomUUID(), SPEC, ArticleCatalog.ALL);
    private final UUID friday = plan.get(1).sessionId();

    @Test
    void fridayMovedToSundayAfterTheLongRunKeepsEveryRuleAndSaysSo() {
        List<ScheduledSession> moved = PlanEdits.move(SPEC, plan, friday, LocalDate.of(2026, 3, 8), TODAY);
        ScheduledSession sunday = moved.get(1);
        assertEquals(LocalDate.of(2026, 3, 8), sunday.date());
        assertEquals(List.of("Moved by the athlete from Friday 2026-03-06 to Sunday 2026-03-08."), sunday.changes());
        assertTrue(sunday.rationale().startsWith("Same day as the long run, after it"), sunday.rationale());
        assertTrue(sunday.rationale().contains("96 h after the previous strength session (Wednesday 2026-03-04)"));
        assertTrue(moved.get(2).rationale().contains("72 h after the previous strength session (Sunday 2026-03-08)"));
        PlanChecks.check(SPEC, moved, ArticleCatalog.ALL, "moved");
    }

    @Test
    void aMoveThatBreaksARuleIsRefusedNamingIt() {
        UUID wednesday = plan.get(0).sessionId();
        assertBroken("48h-between-sessions", () -> PlanEdits.move(SPEC, plan, wednesday, LocalDate.of(2026, 3, 5), TODAY));
        assertBroken("no-strength-before-hard-run", () -> PlanEdits.move(SPEC, plan, friday, LocalDate.of(2026, 3, 7), TODAY));
        assertBroken("session-stays-in-its-week", () -> PlanEdits.move(SPEC, plan, friday, LocalDate.of(2026, 3, 10), TODAY));
        assertBroken("past-sessions-never-change", () -> PlanEdits.move(SPEC, plan, wednesday, LocalDate.of(2026, 3, 8), TODAY.plusDays(1)));
        assertBroken("past-sessions-never-change", () -> PlanEdits.move(SPEC, plan, friday, TODAY, TODAY));
    }

    @Test
    void aSkippedSessionNoLongerCountsAsThePreviousOne() {
        List<ScheduledSession> skipped = PlanEdits.skip(SPEC, plan, friday, TODAY);
        assertTrue(skipped.get(1).skipped());
        assertEquals(List.of("Skipped by the athlete."), skipped.get(1).changes());
        assertTrue(skipped.get(2).rationale().contains("168 h after the previous strength session (Wednesday 2026-03-04)"));
        assertEquals(skipped, PlanEdits.skip(SPEC, skipped, friday, TODAY), "skipping again changes nothing");
        assertEquals(plan.get(0), skipped.get(0));
    }

    @Test
    void anExerciseIsSwappedOnlyForOneOfItsListedAlternativesAtItsStep() {
        ScheduledSession session = plan.stream().filter(s -> s.exercises().stream().anyMatch(p -> !p.alternatives().isEmpty()))
                .findFirst().orElseThrow();
        Prescribed planned = session.exercises().stream().filter(p -> !p.alternatives().isEmpty()).findFirst().orElseThrow();
        Prescribed.Alternative alternative = planned.alternatives().get(0);

        List<ScheduledSession> swapped = PlanEdits.swap(SPEC, plan, session.sessionId(), planned.exerciseId(), alternative.exerciseId(),
                ArticleCatalog.ALL, TODAY);
        ScheduledSession after = PlanEdits.find(swapped, session.sessionId()).orElseThrow();
        assertFalse(after.exercises().stream().anyMatch(p -> p.exerciseId().equals(planned.exerciseId())));
        Prescribed taken = after.exercises().stream().filter(p -> p.exerciseId().equals(alternative.exerciseId())).findFirst().orElseThrow();
        assertEquals(planned.step(), taken.step());
        assertEquals(List.of(planned.name() + " swapped by the athlete for " + alternative.name() + ", at its progression step."), after.changes());
        assertTrue(after.estimatedMinutes() <= 30);
        assertBroken("swap-for-a-listed-alternative", () -> PlanEdits.swap(SPEC, plan, session.sessionId(), planned.exerciseId(),
                planned.exerciseId(), ArticleCatalog.ALL, TODAY));
    }

    private static void assertBroken(String rule, Executable edit) {
        assertEquals(rule, assertThrows(PlanRuleBroken.class, edit).rule());
    }
}
