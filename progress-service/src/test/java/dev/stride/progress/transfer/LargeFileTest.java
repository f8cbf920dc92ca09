package dev.stride.progress.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import org.junit.jupiter.api.Test;

class LargeFileTest {

    private static final int ROWS = 100_000;

    @Test
    void readsAHundredThousandRowsOneAtATime() throws Exception {
        long read = 0;
        long lastLine = 0;
        try (ForeignCsvReader reader = ForeignCsvReader.open(new GeneratedRows(ROWS), WeightUnit.KG,
                DistanceUnit.KM)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                Reading.setOf(row);
                read++;
                lastLine = row.line();
            }
        }

        assertEquals(ROWS, read);
        assertEquals(ROWS + 1, lastLine);
    }

    /** A Strong export made up as it is read, so the test itself never holds the file either. */
    private static final class GeneratedRows extends Reader {

        private final int rows;
        private int row = -1;
        private String current = "";
        private int at;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == current.length() && !advance()) {
                return -1;
            }
            int count = Math.min(length, current.length() - at);
            current.getChars(at, at + count, buffer, offset);
            at += count;
            return count;
        }

        @Override
        public void close() {
        }

        private boolean advance() {
            if (++row > rows) {
                return false;
            }
            current = row == 0 ? Header.STRONG_EXAMPLE + "\n" : "2026-03-04 18:30:00,Legs,45m,Clamshell," + (row % 5 + 1)
                    + ",5,12,0,0,\"note, " + row + "\",,8\n";
            at = 0;
            return true;
        }
    }
}
