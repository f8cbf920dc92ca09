package dev.stride.progress.transfer;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole (small) CSV text in tests. */
final class Reading {

    private Reading() {
    }

    static List<CsvRow> rowsOf(String csv) {
        return rowsOf(csv, WeightUnit.KG, DistanceUnit.KM);
    }

    static List<CsvRow> rowsOf(String csv, WeightUnit weightUnit, DistanceUnit distanceUnit) {
        return rowsOf(new StringReader(csv), weightUnit, distanceUnit);
    }

    static List<CsvRow> rowsOf(Reader csv, WeightUnit weightUnit, DistanceUnit distanceUnit) {
        try (ForeignCsvReader reader = ForeignCsvReader.open(csv, weightUnit, distanceUnit)) {
            List<CsvRow> rows = new ArrayList<>();
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableCsv e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static CsvFormat formatOf(String csv) {
        try (ForeignCsvReader reader = ForeignCsvReader.open(new StringReader(csv), WeightUnit.KG, DistanceUnit.KM)) {
            return reader.format();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableCsv e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static ForeignSet setOf(CsvRow row) {
        return assertInstanceOf(CsvRow.Read.class, row, () -> row.toString()).set();
    }

    static String reasonOf(CsvRow row) {
        return assertInstanceOf(CsvRow.Refused.class, row, () -> row.toString()).reason();
    }
}
