package dev.stride.plan.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stride.plan.ArticleCatalog;
import org.junit.jupiter.api.Test;

/** The Wednesday-and-Friday plan from 2 March (long run Sunday, intervals Tuesday), adapted to what was logged. */
class AdaptationTest {
    private static final PlanSpec SPEC = Plans.HIP_STABILITY_ON_A_MAT;
    /** Today, with week 2's Wednesday done: week 1's sets are in. */
    private static final LocalDate WEDNESDAY_OF_WEEK_2 = LocalDate.of(2026, 3, 11);
    private final List<ScheduledSession> plan = PlanGenerator.generate(UUID.randomUUID(), SPEC, ArticleCatalog.ALL);

    @Test
    void aMostlyMissedWeekIsRepeatedInsteadOfProgressing() {
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>(Map.of(plan.get(0).sessionId(),
                new Adaptation.SessionLog(plan.get(0).date(), 3, Set.of())));
        assertEquals(0, adapt(logs, 0, WEDNESDAY_OF_WEEK_2).reviewedThrough(), "until a set after the week, its sets may still come");
        logs.put(plan.get(2).sessionId(), new Adaptation.SessionLog(WEDNESDAY_OF_WEEK_2, 20, Set.of()));
        Adaptation.Adapted adapted = adapt(logs, 0, WEDNESDAY_OF_WEEK_2);

        assertEquals(1, adapted.reviewedThrough());
        assertEquals(plan.subList(0, 3), adapted.sessions().subList(0, 3), "past sessions never change");
        ScheduledSession friday = adapted.sessions().get(3);
        assertEquals(step(plan.get(1), "Single Leg Deadlift"), step(friday, "Single Leg Deadlift"), "week 1's dose again");
        assertEquals(step(plan.get(3), "Single Leg Deadlift") - 1, step(friday, "Single Leg Deadlift"));
        int prescribed = plan.subList(0, 2).stream().mapToInt(s -> s.exercises().stream().mapToInt(Prescribed::sets).sum()).sum();
        assertEquals(List.of("Week 1 was mostly missed (3 of " + prescribed + " sets logged): from here on every dose is a step back,"
                + " so the week is repeated instead of progressing."), friday.changes());
        assertTrue(friday.estimatedMinutes() <= 30);
    }

    @Test
    void anExerciseLoggedAtRpeNineHoldsItsDoseTheOthersProgress() {
        UUID clamshell = ArticleCatalog.CLAMSHELL.id();
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>(allDone(Set.of(clamshell)));
        logs.put(plan.get(2).sessionId(), new Adaptation.SessionLog(WEDNESDAY_OF_WEEK_2, 20, Set.of()));
        Adaptation.Adapted adapted = adapt(logs, 0, WEDNESDAY_OF_WEEK_2);

        ScheduledSession friday = adapted.sessions().get(3);
        assertEquals(step(plan.get(1), "Clamshell"), step(friday, "Clamshell"));
        assertEquals(step(plan.get(3), "Single Leg Deadlift"), step(friday, "Single Leg Deadlift"));
        assertEquals(List.of("Clamshell logged at RPE 9 or more in week 1: the dose holds instead of progressing."), friday.changes());
    }

    @Test
    void aSessionDoneADayLateMovesTheNextOneSoThat48HoursHold() {
        // Wednesday 11 March done on Thursday: Friday would be 24 h later, Saturday is before the long run; Sunday it is.
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>(allDone(Set.of()));
        logs.put(plan.get(2).sessionId(), new Adaptation.SessionLog(LocalDate.of(2026, 3, 12), 20, Set.of()));
        Adaptation.Adapted adapted = adapt(logs, 0, LocalDate.of(2026, 3, 12));

        ScheduledSession moved = adapted.sessions().get(3);
        assertEquals(LocalDate.of(2026, 3, 15), moved.date());
        assertEquals(List.of("The session of Wednesday 2026-03-11 was done on Thursday 2026-03-12: this one moves to Sunday 2026-03-15"
                + " to keep 48 h."), moved.changes());
        assertEquals(adapted, adapt(logs, adapted.reviewedThrough(), LocalDate.of(2026, 3, 12), adapted.sessions()), "done once");
    }

    private Map<UUID, Adaptation.SessionLog> allDone(Set<UUID> hard) {
        Map<UUID, Adaptation.SessionLog> logs = new HashMap<>();
        plan.subList(0, 2).forEach(s -> logs.put(s.sessionId(),
                new Adaptation.SessionLog(s.date(), s.exercises().stream().mapToInt(Prescribed::sets).sum(), hard)));
        return logs;
    }

    private Adaptation.Adapted adapt(Map<UUID, Adaptation.SessionLog> logs, int reviewed, LocalDate today) {
        return adapt(logs, reviewed, today, plan);
    }

    private static Adaptation.Adapted adapt(Map<UUID, Adaptation.SessionLog> logs, int reviewed, LocalDate today, List<ScheduledSession> sessions) {
        return Adaptation.adapt(SPEC, sessions, logs, reviewed, today, ArticleCatalog.ALL);
    }

    private static int step(ScheduledSession s, String name) {
        return s.exercises().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().step();
    }
}
