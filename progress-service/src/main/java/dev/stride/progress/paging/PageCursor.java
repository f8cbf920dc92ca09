package dev.stride.progress.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;

/**
 * An opaque cursor: where the previous page ended, as a few text parts. Callers must not read
 * it; a cursor this service did not give is a 400 naming the parameter, never a wrong page.
 */
public final class PageCursor {
    private static final String VERSION = "1";
    private static final char SEPARATOR = '\n';

    private PageCursor() {
    }

    public static String encode(String kind, String... parts) {
        String text = VERSION + SEPARATOR + kind + SEPARATOR + String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor of {@code kind} with {@code count} parts; 400 for anything else. */
    public static List<String> decode(String cursor, String kind, int count) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == count + 2 && parts.get(0).equals(VERSION) && parts.get(1).equals(kind)) {
                return parts.subList(2, parts.size());
            }
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        throw invalid();
    }

    public static ProblemException invalid() {
        return ProblemException.badRequest("Invalid query parameter cursor",
                List.of(new Problem.FieldError("cursor", "must be a cursor this service returned")));
    }
}
