package dev.stride.contracts;

/**
 * What every text of every door must be: free of control characters other than tab and line
 * breaks (PostgreSQL refuses NUL outright), and valid Unicode (an unpaired surrogate would be
 * silently replaced by {@code ?} on its way to UTF-8).
 */
public final class TextRules {
    private TextRules() {
    }

    /** Why {@code text} cannot be accepted, or null when it can. */
    public static String problem(String text) {
        return problem(text, true);
    }

    /** As {@link #problem}, for one line: an identifier, a header, a parameter; tabs and line breaks are refused too. */
    public static String lineProblem(String text) {
        return problem(text, false);
    }

    private static String problem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                return "must not contain control characters (found U+%04X at index %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (unpaired surrogate at index %d)".formatted(i);
            }
        }
        return null;
    }

    /** {@code text} for an error message: quoted, at most 40 characters, control characters escaped. */
    public static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder("'");
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                out.append("\\u%04X".formatted(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }
}
