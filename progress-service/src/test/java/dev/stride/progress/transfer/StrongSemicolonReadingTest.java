package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Reading.reasonOf;
import static dev.stride.progress.transfer.Reading.rowsOf;
import static dev.stride.progress.transfer.Reading.setOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrongSemicolonReadingTest {

    private static final String HEADER = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;"
            + "Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration\n";
    private static final LocalDateTime START = LocalDateTime.of(2025, 11, 1, 12, 31, 54);

    @Test
    void readsEachColumnOfAnOlderStrongRow() {
        ForeignSet set = setOf(rowsOf(HEADER
                + "2025-11-01 12:31:54;\"Leg; day\";\"SLDL\";1;20;kg;12;7;;;0;\"\";\"\";1h\n").get(0));

        assertEquals(new ForeignSet("Leg; day", START, START.plusHours(1), "SLDL", 1, SetKind.NORMAL, 20.0, 12, null,
                null, 7.0, null, null), set);
    }

    @Test
    void takesTheUnitsFromTheRowsInsteadOfTheCallersOnes() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2025-11-01 12:31:54;Mixed;Single-Leg Deadlift;1;35;lbs;10;;;;0;;;40m\n"
                + "2025-11-01 12:31:54;Mixed;Backward Heel Walking;1;0;;0;;0.5;mi;0;;;40m\n"
                + "2025-11-01 12:31:54;Mixed;Backward Heel Walking;2;0;;0;;0.02;km;0;;;40m\n",
                WeightUnit.KG, DistanceUnit.KM);

        assertEquals(15.87573295, setOf(rows.get(0)).weightKg());
        assertEquals(804.672, setOf(rows.get(1)).distanceMeters());
        assertEquals(20.0, setOf(rows.get(2)).distanceMeters());
    }

    @Test
    void fallsBackToTheCallersUnitWhenTheUnitCellIsBlank() {
        ForeignSet set = setOf(rowsOf(HEADER + "2025-11-01 12:31:54;Leg;Clamshell;1;10;;12;;;;0;;;\n",
                WeightUnit.LB, DistanceUnit.KM).get(0));

        assertEquals(4.5359237, set.weightKg());
        assertNull(set.workoutEnd());
    }

    @Test
    void refusesAUnitItDoesNotKnow() {
        CsvRow row = rowsOf(HEADER + "2025-11-01 12:31:54;Leg;Clamshell;1;10;stone;12;;;;0;;;\n").get(0);

        assertEquals("Weight Unit is 'stone', not kg or lbs", reasonOf(row));
    }

    @Test
    void readsTheOlderFormWithCommasAndColumnsInAnotherOrder() {
        ForeignSet set = setOf(rowsOf("Workout Name,Date,Set Order,Exercise Name,Reps,Weight Unit,Weight\n"
                + "Leg,2025-11-01 12:31:54,W,Clamshell,15,kg,2.5\n").get(0));

        assertEquals(new ForeignSet("Leg", START, null, "Clamshell", 1, SetKind.WARMUP, 2.5, 15, null, null, null,
                null, null), set);
    }
}
