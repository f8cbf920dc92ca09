package dev.stride.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.sets.SetCompleted;
import dev.stride.contracts.sets.SetVoided;
import dev.stride.contracts.sets.Side;
import org.junit.jupiter.api.Test;

class TruthTest {
    private static final UUID DEADLIFT = UUID.randomUUID();
    private static final String BERLIN = "Europe/Berlin";

    private static SetCompleted set(String id, String at, Integer reps, Double kg, Integer hold, Side side) {
        return new SetCompleted(id, "ana", DEADLIFT, OffsetDateTime.parse(at), BERLIN, reps, kg, hold, null, side,
                null, null, null, 1, "test");
    }

    private static WorkloadRecord voiding(String id, String target) {
        return WorkloadRecord.voided(new SetVoided(id, "ana", target, OffsetDateTime.parse("2026-11-30T12:00:00+01:00"), "test"));
    }

    @Test
    void bothSidesCountRepsTonnageAndHoldTwiceButOneSet() {
        Truth truth = new Truth();
        truth.record(WorkloadRecord.completed(set("a", "2026-11-25T18:00:00+01:00", 10, 5.0, null, Side.BOTH)));
        truth.record(WorkloadRecord.completed(set("b", "2026-11-25T18:02:00+01:00", null, null, 10, Side.LEFT)));
        truth.record(WorkloadRecord.completed(set("c", "2026-11-25T18:04:00+01:00", 12, 2.5, null, Side.RIGHT)));

        Totals week = truth.weeks().get(new AthleteWeek("ana", LocalDate.parse("2026-11-23")));

        assertTrue(week.sameAs(new Totals(3, 32, new BigDecimal("130"), 10, BigDecimal.ZERO)), week.toString());
    }

    @Test
    void weeksAreTheAthletesLocalIsoWeeks() {
        Truth truth = new Truth();
        // Sunday 23:30 and Monday 00:10 in Berlin are both Sunday in UTC.
        truth.record(WorkloadRecord.completed(set("sun", "2026-11-29T23:30:00+01:00", 10, null, null, null)));
        truth.record(WorkloadRecord.completed(set("mon", "2026-11-29T23:10:00Z", 11, null, null, null)));

        Map<AthleteWeek, Totals> weeks = truth.weeks();

        assertEquals(10, weeks.get(new AthleteWeek("ana", LocalDate.parse("2026-11-23"))).reps());
        assertEquals(11, weeks.get(new AthleteWeek("ana", LocalDate.parse("2026-11-30"))).reps());
        assertEquals("2026-W49", new AthleteWeek("ana", LocalDate.parse("2026-11-30")).isoWeek());
    }

    @Test
    void duplicatesCountOnceAndVoidsWithdrawWhetherBeforeOrAfter() {
        Truth truth = new Truth();
        WorkloadRecord first = WorkloadRecord.completed(set("x", "2026-11-25T18:00:00+01:00", 10, null, null, null));
        truth.record(first);
        truth.record(first);
        truth.record(voiding("v1", "y"));
        truth.record(WorkloadRecord.completed(set("y", "2026-11-25T18:01:00+01:00", 7, null, null, null)));
        truth.record(WorkloadRecord.completed(set("z", "2026-11-25T18:02:00+01:00", 5, null, null, null)));
        truth.record(voiding("v2", "z"));

        Totals week = truth.weeks().get(new AthleteWeek("ana", LocalDate.parse("2026-11-23")));

        assertEquals(1, week.sets());
        assertEquals(10, week.reps());
        assertEquals(6, truth.records());
        assertEquals(3, truth.distinctSets());
        assertEquals(2, truth.voidedSets());
    }

    @Test
    void poisonIsOneDeadLetterEachAndCountsNothing() {
        Truth truth = new Truth();
        truth.record(WorkloadRecord.poison("ana", "p1", "{not json"));
        truth.record(Poison.conflictWith(set("q", "2026-11-25T18:00:00+01:00", 10, null, null, null)));

        assertEquals(2, truth.deadLetters());
        assertTrue(truth.weeks().isEmpty());
    }
}
