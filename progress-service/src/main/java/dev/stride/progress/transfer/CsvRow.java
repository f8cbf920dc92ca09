package dev.stride.progress.transfer;

/** A data row of the file: read, or refused with a reason a person understands (which column, what was wrong). */
public sealed interface CsvRow permits CsvRow.Read, CsvRow.Refused {

    /** The row's line number in the file, the header being line 1; quoted line breaks count as lines. */
    long line();

    record Read(long line, ForeignSet set) implements CsvRow {
    }

    record Refused(long line, String reason) implements CsvRow {
    }
}
