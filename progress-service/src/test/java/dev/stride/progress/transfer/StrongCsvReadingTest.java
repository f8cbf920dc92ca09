package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Reading.reasonOf;
import static dev.stride.progress.transfer.Reading.rowsOf;
import static dev.stride.progress.transfer.Reading.setOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stride.contracts.sets.Side;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrongCsvReadingTest {

    private static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
            + "Seconds,Notes,Workout Notes,RPE\n";
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 4, 18, 30);

    @Test
    void readsEachColumnOfACurrentStrongRow() {
        ForeignSet set = setOf(rowsOf(HEADER
                + "2026-03-04 18:30:00,\"Legs, day 1\",1h 5m,Single-Leg Deadlift,1,12.5,10,0,0,\"slow, \"\"controlled\"\"\","
                + "Good day,8.5\n").get(0));

        assertEquals(new ForeignSet("Legs, day 1", START, START.plusMinutes(65), "Single-Leg Deadlift", 1,
                SetKind.NORMAL, 12.5, 10, null, null, 8.5, null, "slow, \"controlled\""), set);
    }

    @Test
    void countsSpecialSetLettersByTheirPositionInTheExercise() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,W,0,15,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,2,5,12,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,D,2.5,15,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,F,2.5,9,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Plank,1,0,0,0,60,,,\n");

        assertEquals(List.of(1, 2, 3, 4, 5, 1), rows.stream().map(row -> setOf(row).setOrder()).toList());
        assertEquals(List.of(SetKind.WARMUP, SetKind.NORMAL, SetKind.NORMAL, SetKind.DROP, SetKind.FAILURE,
                SetKind.NORMAL), rows.stream().map(row -> setOf(row).kind()).toList());
    }

    @Test
    void readsZerosAsMeasuresTheSetDidNotUseAndABlankRpeAsNone() {
        ForeignSet hold = setOf(rowsOf(HEADER + "2026-03-04 18:30:00,Core,30s,Quadruped Limb Raise,1,0,0,0,5,,,\n")
                .get(0));

        assertNull(hold.weightKg());
        assertNull(hold.reps());
        assertNull(hold.distanceMeters());
        assertEquals(5, hold.seconds());
        assertNull(hold.rpe());
        assertEquals(START.plusSeconds(30), hold.workoutEnd());
    }

    @Test
    void convertsPoundsAndMilesExactlyWhenTheAthleteUsesThem() {
        ForeignSet set = setOf(rowsOf(HEADER + "2026-03-04 18:30:00,Run,20m,Running (Treadmill),1,100,0,2,1200,,,\n",
                WeightUnit.LB, DistanceUnit.MI).get(0));

        assertEquals(45.359237, set.weightKg());
        assertEquals(3218.688, set.distanceMeters());
    }

    @Test
    void skipsAByteOrderMarkAndCountsQuotedLineBreaksAsLines() {
        List<CsvRow> rows = rowsOf("\uFEFF" + HEADER
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,0,12,0,0,\"left knee ok\nright hip tight\",,\n"
                + "\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,2,0,12,0,0,,,\n");

        assertEquals("left knee ok\nright hip tight", setOf(rows.get(0)).notes());
        assertEquals(List.of(2L, 5L), rows.stream().map(CsvRow::line).toList());
    }

    @Test
    void takesTheSideOutOfTheNotes() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,0,12,0,0,side: left,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,2,0,12,0,0,burned; side: right,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,3,0,12,0,0,side: leftish,,\n");

        assertEquals(Side.LEFT, setOf(rows.get(0)).side());
        assertNull(setOf(rows.get(0)).notes());
        assertEquals(Side.RIGHT, setOf(rows.get(1)).side());
        assertEquals("burned", setOf(rows.get(1)).notes());
        assertNull(setOf(rows.get(2)).side());
        assertEquals("side: leftish", setOf(rows.get(2)).notes());
    }

    @Test
    void readsStrongsTwelveHourClockAndRefusesItsRestTimerRows() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2026-03-04 6:30:00\u202fpm,Legs,45m,Clamshell,1,0,12,0,0,,,\n"
                + "2026-03-04 6:30:00\u202fpm,Legs,45m,Rest Timer,Rest Timer,0,0,0,90,,,\n");

        assertEquals(START, setOf(rows.get(0)).workoutStart());
        assertEquals("Set Order is 'Rest Timer': a rest timer, not a set", reasonOf(rows.get(1)));
    }

    @Test
    void keepsAnExerciseNameOutsideTheCatalogAsItIs() {
        ForeignSet set = setOf(rowsOf(HEADER + "2026-03-04 18:30:00,Push,45m,Bench Press (Barbell),1,80,8,0,0,,,\n")
                .get(0));

        assertEquals("Bench Press (Barbell)", set.exerciseName());
    }
}
