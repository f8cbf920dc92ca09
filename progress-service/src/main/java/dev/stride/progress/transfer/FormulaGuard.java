package dev.stride.progress.transfer;

/**
 * Keeps exported text from being run as a spreadsheet formula (CSV injection): text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading {@code '}, which the reader
 * removes again.
 */
final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String guarded(String text) {
        return text != null && startsLikeFormula(text, 0) ? "'" + text : text;
    }

    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text, 1) ? text.substring(1) : text;
    }

    private static boolean startsLikeFormula(String text, int at) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
