package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Reading.reasonOf;
import static dev.stride.progress.transfer.Reading.rowsOf;
import static dev.stride.progress.transfer.Reading.setOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefusedRowsTest {

    private static final String HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
            + "Seconds,Notes,Workout Notes,RPE\n";
    private static final String GOOD_ROW = "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12,0,0,,,\n";

    @ParameterizedTest
    @ValueSource(strings = {"\"1,5\"", "abc", "-5", "NaN", "Infinity", "1e3", "12.5.1"})
    void refusesAWeightThatIsNotPlainDigitsWithADot(String weight) {
        CsvRow row = rowsOf(HEADER + "2026-03-04 18:30:00,Legs,45m,Clamshell,1," + weight + ",12,0,0,,,\n").get(0);

        assertEquals("Weight is '" + weight.replace("\"", "") + "', not a number like 42.5 "
                + "(digits, a dot for decimals, no sign)", reasonOf(row));
    }

    @Test
    void namesTheColumnOfEachBadCell() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12.5,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12,0,0,,,11\n"
                + "2026-03-04,Legs,45m,Clamshell,1,5,12,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,forever,Clamshell,1,5,12,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,,1,5,12,0,0,,,\n"
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,first,5,12,0,0,,,\n");

        assertEquals(List.of("Reps is '12.5', not a whole number like 12",
                "RPE is 11, above the highest RPE of 10",
                "Date is '2026-03-04', not a date and time like 2023-01-15 08:30:00 or 15 Jan 2023, 08:30",
                "Duration is 'forever', not a duration like 1h 5m",
                "Exercise Name is blank",
                "Set Order is 'first', not a set number or W (warm-up), D (drop set), F (failure)"),
                rows.stream().map(Reading::reasonOf).toList());
    }

    @Test
    void refusesARowWithTheWrongNumberOfColumnsAndReadsOn() {
        List<CsvRow> rows = rowsOf(HEADER + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12\n" + GOOD_ROW);

        assertEquals("the row has 7 columns where the header has 12", reasonOf(rows.get(0)));
        assertEquals(3, rows.get(1).line());
        assertEquals("Clamshell", setOf(rows.get(1)).exerciseName());
    }

    @Test
    void refusesAnOverlongCellAndAControlCharacter() {
        List<CsvRow> rows = rowsOf(HEADER
                + "2026-03-04 18:30:00,Legs,45m,Clamshell,1,5,12,0,0," + "x".repeat(1_001) + ",,\n"
                + "2026-03-04 18:30:00,Legs\u0007,45m,Clamshell,1,5,12,0,0,,,\n");

        assertEquals("Notes is longer than 1000 characters", reasonOf(rows.get(0)));
        assertEquals("Workout Name contains a control character", reasonOf(rows.get(1)));
    }

    @Test
    void refusesBrokenQuotingAndReadsTheNextRow() {
        List<CsvRow> rows = rowsOf(HEADER + "2026-03-04 18:30:00,\"Legs\"x,45m,Clamshell,1,5,12,0,0,,,\n" + GOOD_ROW);

        assertEquals(2, rows.get(0).line());
        assertTrue(reasonOf(rows.get(0)).startsWith("the row is not valid CSV: "), reasonOf(rows.get(0)));
        assertEquals("Clamshell", setOf(rows.get(1)).exerciseName());
    }

    @Test
    void refusesAQuoteLeftOpenAtTheEndOfTheFile() {
        List<CsvRow> rows = rowsOf(HEADER + GOOD_ROW + "2026-03-04 18:30:00,\"Legs,45m,Clamshell,1,5,12,0,0,,,\n");

        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).line());
        assertTrue(reasonOf(rows.get(1)).contains("Missing closing quote"), reasonOf(rows.get(1)));
    }

    @Test
    void stopsAFileWhoseRowNeverEnds() throws Exception {
        String endless = HEADER + "2026-03-04 18:30:00,\"" + "x".repeat(RecordLengthGuard.LONGEST_RECORD) + "\n";

        try (ForeignCsvReader reader = ForeignCsvReader.open(new StringReader(endless), WeightUnit.KG,
                DistanceUnit.KM)) {
            IOException stopped = assertThrows(IOException.class, reader::next);
            assertTrue(stopped.getMessage().contains("longer than 65536 characters"), stopped.getMessage());
        }
    }
}
