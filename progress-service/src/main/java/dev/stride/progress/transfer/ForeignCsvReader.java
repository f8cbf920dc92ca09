package dev.stride.progress.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads a Strong or Hevy CSV export row by row, in bounded memory: one row at a time, never the whole file. The
 * format is told by the header's column names (in any order; a byte order mark and {@code ,} or {@code ;} as the
 * separator are fine). A row that cannot be read is a {@link CsvRow.Refused} saying why: a cell longer than
 * {@value Cells#LONGEST_CELL} characters, a control character, the wrong number of columns, a number that is not
 * plain digits with a dot, broken quoting. A record longer than {@value RecordLengthGuard#LONGEST_RECORD}
 * characters ends the reading with an IOException.
 */
public final class ForeignCsvReader implements Closeable {

    private static final CsvMapper CSV = new CsvMapper();
    private final MappingIterator<String[]> rows;
    private final Header header;
    private final RowInterpreter interpreter;

    private ForeignCsvReader(MappingIterator<String[]> rows, Header header, RowInterpreter interpreter) {
        this.rows = rows;
        this.header = header;
        this.interpreter = interpreter;
    }

    /** Reads the header; throws UnreadableCsv if it is not the header of a Strong or Hevy export. */
    public static ForeignCsvReader open(Reader in, WeightUnit weightUnit, DistanceUnit distanceUnit)
            throws UnreadableCsv, IOException {
        BufferedReader text = new BufferedReader(new RecordLengthGuard(in));
        char separator = FirstLine.separatorOf(text);
        MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text);
        Header header = Header.of(headerNames(rows));
        RowInterpreter interpreter = header.format() == CsvFormat.HEVY ? new HevyRows(header)
                : new StrongRows(weightUnit, distanceUnit);
        return new ForeignCsvReader(rows, header, interpreter);
    }

    public CsvFormat format() {
        return header.format();
    }

    /** The next data row, or null at the end. A malformed row is a Refused, never an exception. */
    public CsvRow next() throws IOException {
        long line = rows.getCurrentLocation().getLineNr();
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            line = rows.getCurrentLocation().getLineNr();
            return rowAt(line, rows.nextValue());
        } catch (JsonProcessingException malformed) {
            rethrowIfTooLong(malformed);
            return new CsvRow.Refused(line, "the row is not valid CSV: " + malformed.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    private CsvRow rowAt(long line, String[] values) {
        String[] cells = withoutTrailingBlanks(values);
        if (cells.length != header.size()) {
            return new CsvRow.Refused(line, "the row has " + cells.length + " columns where the header has "
                    + header.size());
        }
        try {
            return new CsvRow.Read(line, interpreter.interpret(Cells.checked(header, cells)));
        } catch (RefusedCell refused) {
            return new CsvRow.Refused(line, refused.getMessage());
        }
    }

    private String[] withoutTrailingBlanks(String[] values) {
        int length = values.length;
        while (length > header.size() && values[length - 1].isBlank()) {
            length--;
        }
        return length == values.length ? values : Arrays.copyOf(values, length);
    }

    private static void rethrowIfTooLong(Throwable failure) throws RecordLengthGuard.RecordTooLong {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordLengthGuard.RecordTooLong tooLong) {
                throw tooLong;
            }
        }
    }

    private static String[] headerNames(MappingIterator<String[]> rows) throws UnreadableCsv, IOException {
        if (!rows.hasNextValue()) {
            throw new UnreadableCsv("The file is empty: expected a header like '" + Header.STRONG_EXAMPLE
                    + "' (Strong) or '" + Header.HEVY_EXAMPLE + "' (Hevy).");
        }
        return rows.nextValue();
    }
}
