package dev.stride.progress.transfer;

import static dev.stride.progress.transfer.Writing.cellsOf;
import static dev.stride.progress.transfer.Writing.csvOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InjectionSafeExportTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 5, 9, 7, 15);

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1", "-2+3", "@SUM(A1)"})
    void prefixesTextThatASpreadsheetWouldRunAsAFormula(String text) {
        ForeignSet set = new ForeignSet(text, START, null, text, 1, SetKind.NORMAL, null, 10, null, null, null,
                null, text);

        List<String> strongCells = cellsOf(csvOf(ForeignCsvWriter::strong, List.of(set)), 1);
        List<String> hevyCells = cellsOf(csvOf(ForeignCsvWriter::hevy, List.of(set)), 1);

        assertEquals(List.of("'" + text, "'" + text, "'" + text),
                List.of(strongCells.get(1), strongCells.get(3), strongCells.get(9)));
        assertEquals(List.of("'" + text, "'" + text, "'" + text),
                List.of(hevyCells.get(0), hevyCells.get(4), hevyCells.get(6)));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        ForeignSet set = new ForeignSet("Legs 'n' core", START, null, "Clamshell", 1, SetKind.NORMAL, null, 10, null,
                null, null, null, "'quoted' note");

        List<String> cells = cellsOf(csvOf(ForeignCsvWriter::strong, List.of(set)), 1);

        assertEquals(List.of("Legs 'n' core", "Clamshell", "'quoted' note"), List.of(cells.get(1), cells.get(3),
                cells.get(9)));
    }
}
