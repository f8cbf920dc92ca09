package dev.stride.progress.transfer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file whose CSV record (a row, quoted line breaks included) runs past a limit, so that no row can take
 * unbounded memory: it tracks quotes to know where records end, and fails the stream with an IOException.
 */
final class RecordLengthGuard extends FilterReader {

    static final int LONGEST_RECORD = 64 * 1024;
    private int recordLength;
    private boolean quoted;

    RecordLengthGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) throws IOException {
        if (c == '"') {
            quoted = !quoted;
        }
        recordLength = c == '\n' && !quoted ? 0 : recordLength + 1;
        if (recordLength > LONGEST_RECORD) {
            throw new RecordTooLong("A row of the file is longer than " + LONGEST_RECORD
                    + " characters; Strong and Hevy exports never are, so the rest is not read.");
        }
    }

    /** The stream went past the limit; the CSV parser may wrap it, so the reader looks for it among the causes. */
    static final class RecordTooLong extends IOException {

        RecordTooLong(String message) {
            super(message);
        }
    }
}
