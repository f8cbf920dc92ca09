package dev.stride.progress.transfer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One data row, its cells looked up by column name and read strictly: a blank cell is null, and a zero in a
 * measurement is null too (both apps write 0 for a measure a set did not use).
 */
final class Cells {

    static final int LONGEST_CELL = 1_000;
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}(\\.0{1,9})?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

    private final Header header;
    private final String[] values;

    private Cells(Header header, String[] values) {
        this.header = header;
        this.values = values;
    }

    /** The row's cells (as many as the header's), once each is known to be short and free of control characters. */
    static Cells checked(Header header, String[] values) throws RefusedCell {
        for (int i = 0; i < values.length; i++) {
            if (values[i].length() > LONGEST_CELL) {
                throw new RefusedCell(header.nameAt(i) + " is longer than " + LONGEST_CELL + " characters");
            }
            if (CONTROL.matcher(values[i]).find()) {
                throw new RefusedCell(header.nameAt(i) + " contains a control character");
            }
        }
        return new Cells(header, values);
    }

    /** The cell as text, trimmed and with the export's formula guard undone; null if blank or absent. */
    String text(String column) {
        int position = header.positionOf(column);
        String value = position < 0 ? "" : values[position].trim();
        return value.isEmpty() ? null : FormulaGuard.unguarded(value);
    }

    String required(String column) throws RefusedCell {
        String value = text(column);
        if (value == null) {
            throw new RefusedCell(column + " is blank");
        }
        return value;
    }

    /** A number of at least 0 with an optional dot, like {@code 42.5}; null if blank or 0. */
    BigDecimal decimal(String column) throws RefusedCell {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new RefusedCell(column + " is '" + shortened(value) + "', not a number like 42.5 "
                    + "(digits, a dot for decimals, no sign)");
        }
        return zeroAsNull(new BigDecimal(value));
    }

    /** A whole number of at least 0, like {@code 12} (or {@code 12.0}); null if blank or 0. */
    Integer whole(String column) throws RefusedCell {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!WHOLE.matcher(value).matches()) {
            throw new RefusedCell(column + " is '" + shortened(value) + "', not a whole number like 12");
        }
        BigDecimal number = zeroAsNull(new BigDecimal(value));
        return number == null ? null : number.intValueExact();
    }

    static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static BigDecimal zeroAsNull(BigDecimal number) {
        return number.signum() == 0 ? null : number;
    }
}
