package dev.stride.progress.transfer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes sets to a string in tests. */
final class Writing {

    interface Shape {
        ForeignCsvWriter on(Writer out) throws IOException;
    }

    private Writing() {
    }

    static String csvOf(Shape shape, List<ForeignSet> sets) {
        StringWriter out = new StringWriter();
        try (ForeignCsvWriter writer = shape.on(out)) {
            for (ForeignSet set : sets) {
                writer.write(set);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cells of a row of a written file, the header being row 0. */
    static List<String> cellsOf(String csv, int row) {
        try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return List.of(rows.readAll().get(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
