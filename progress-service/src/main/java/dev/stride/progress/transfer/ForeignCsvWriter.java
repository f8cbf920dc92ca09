package dev.stride.progress.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes sets in one app's column shape, streaming: the header at once, then one row per {@link #write}. Weights
 * are written in kilograms and distances in kilometers. The side of a set goes into its notes as
 * {@code side: left|right|both} (after the other notes and {@code "; "}), which {@link ForeignCsvReader} reads back.
 * Against CSV injection, text (workout title, exercise name, notes) starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading {@code '}, so a spreadsheet shows it as text
 * instead of running it; the reader removes that quote again. Closing flushes but leaves the target open.
 */
public final class ForeignCsvWriter implements Closeable {

    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private final SequenceWriter rows;
    private final ColumnShape shape;

    private ForeignCsvWriter(Writer out, ColumnShape shape) throws IOException {
        out.write(String.join(",", shape.header()) + "\n");
        this.rows = CSV.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out);
        this.shape = shape;
    }

    /** Strong's current form, in kilograms and kilometers. */
    public static ForeignCsvWriter strong(Writer out) throws IOException {
        return new ForeignCsvWriter(out, new StrongShape());
    }

    public static ForeignCsvWriter hevy(Writer out) throws IOException {
        return new ForeignCsvWriter(out, new HevyShape());
    }

    public void write(ForeignSet set) throws IOException {
        rows.write(shape.cells(set).stream().map(cell -> cell == null ? "" : cell).toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
