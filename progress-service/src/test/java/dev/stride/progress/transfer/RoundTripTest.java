package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Writing.cellsOf;
import static dev.stride.progress.transfer.Writing.csvOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.contracts.sets.Side;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 5, 9, 7, 15);
    private static final LocalDateTime END = START.plusMinutes(52);
    private static final List<ForeignSet> SETS = List.of(
            set("Clamshell", 1, SetKind.WARMUP, null, 15, null, null, null, Side.LEFT, null),
            set("Clamshell", 2, SetKind.NORMAL, 2.5, 12, null, null, 8.0, Side.LEFT, "band, \"red\"\nthen blue"),
            set("Clamshell", 3, SetKind.NORMAL, 2.5, 12, null, null, 9.5, Side.RIGHT, null),
            set("Clamshell", 4, SetKind.DROP, 1.25, 10, null, null, null, null, "burned"),
            set("Clamshell", 5, SetKind.FAILURE, 1.25, 7, null, null, 10.0, null, null),
            set("Quadruped Limb Raise", 1, SetKind.NORMAL, null, null, null, 5, null, Side.BOTH, null),
            set("Backward Heel Walking", 1, SetKind.NORMAL, null, null, 17.5, null, null, null, null),
            set("Bench Press (Barbell)", 1, SetKind.NORMAL, 45.359237, 8, null, null, null, null, "=1+2"));

    @Test
    void readsBackTheSetsItWroteInStrongsShape() {
        String csv = csvOf(ForeignCsvWriter::strong, SETS);

        assertEquals(SETS, setsOf(csv, CsvFormat.STRONG));
        assertTrue(csv.startsWith(Header.STRONG_EXAMPLE + "\n"), csv);
    }

    @Test
    void readsBackTheSetsItWroteInHevysShape() {
        String csv = csvOf(ForeignCsvWriter::hevy, SETS);

        assertEquals(SETS, setsOf(csv, CsvFormat.HEVY));
        assertTrue(csv.startsWith(Header.HEVY_EXAMPLE + "\n"), csv);
    }

    @Test
    void writesSpecialSetsAsStrongsLettersAndNumbersOnlyTheNormalOnes() {
        String csv = csvOf(ForeignCsvWriter::strong, SETS.subList(0, 5));

        assertEquals(List.of("2026-05-09 07:15:00", "Title", "52m", "Clamshell", "W", "", "15", "", "", "side: left",
                "", ""), cellsOf(csv, 1));
        assertEquals(List.of("W", "1", "2", "D", "F"), List.of(1, 2, 3, 4, 5).stream()
                .map(row -> cellsOf(csv, row).get(4)).toList());
    }

    @Test
    void writesTheSideIntoTheNotesForTheOtherApp() {
        List<String> cells = cellsOf(csvOf(ForeignCsvWriter::hevy, SETS.subList(1, 2)), 1);

        assertEquals(List.of("band, \"red\"\nthen blue; side: left", "1", "normal", "2.5", "12", "", "", "8"),
                cells.subList(6, 14));
    }

    @Test
    void writesHevysTimesToTheMinuteAndStrongsDurationInHoursMinutesAndSeconds() {
        List<ForeignSet> workout = List.of(new ForeignSet("Long", START.plusSeconds(20),
                START.plusHours(1).plusMinutes(5).plusSeconds(50), "Clamshell", 1, SetKind.NORMAL, null, 10, null, null,
                null, null, null));

        assertEquals(List.of("Long", "9 May 2026, 07:15", "9 May 2026, 08:20"),
                cellsOf(csvOf(ForeignCsvWriter::hevy, workout), 1).subList(0, 3));
        assertEquals(List.of("2026-05-09 07:15:20", "Long", "1h 5m 30s"),
                cellsOf(csvOf(ForeignCsvWriter::strong, workout), 1).subList(0, 3));
    }

    @Test
    void flushesOnCloseAndLeavesTheTargetOpen() throws Exception {
        StringWriter target = new StringWriter();
        BufferedWriter buffered = new BufferedWriter(target);
        try (ForeignCsvWriter writer = ForeignCsvWriter.hevy(buffered)) {
            writer.write(SETS.get(0));
        }
        buffered.write("still open");
        buffered.flush();

        assertEquals(3, target.toString().lines().count());
    }

    private static List<ForeignSet> setsOf(String csv, CsvFormat expected) {
        assertEquals(expected, Reading.formatOf(csv));
        return Reading.rowsOf(csv).stream().map(Reading::setOf).toList();
    }

    private static ForeignSet set(String exercise, int order, SetKind kind, Double kg, Integer reps, Double meters,
            Integer seconds, Double rpe, Side side, String notes) {
        return new ForeignSet("Title", START, END, exercise, order, kind, kg, reps, meters, seconds, rpe, side, notes);
    }
}
