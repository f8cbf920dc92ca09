package dev.stride.progress.transfer;

import java.io.BufferedReader;
import java.io.IOException;

/** Looks at the header line before the CSV parser does: skips a byte order mark and tells the separator. */
final class FirstLine {

    private static final int LONGEST_HEADER = 4_096;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private FirstLine() {
    }

    /** Leaves the reader at the start of the header, after any byte order mark, and returns {@code ;} or {@code ,}. */
    static char separatorOf(BufferedReader text) throws IOException, UnreadableCsv {
        skipByteOrderMark(text);
        text.mark(LONGEST_HEADER + 1);
        int commas = 0;
        int semicolons = 0;
        for (int i = 0, c = text.read(); c >= 0 && c != '\n' && c != '\r'; i++, c = text.read()) {
            if (i == LONGEST_HEADER || Character.isISOControl(c) && c != '\t') {
                throw new UnreadableCsv("The file does not start with a line of text naming its columns, as "
                        + "Strong and Hevy exports do: expected a header like '" + Header.STRONG_EXAMPLE + "'.");
            }
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != BYTE_ORDER_MARK) {
            text.reset();
        }
    }
}
