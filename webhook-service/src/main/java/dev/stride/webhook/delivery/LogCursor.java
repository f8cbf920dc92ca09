package dev.stride.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stride.problem.Problem;
import dev.stride.problem.ProblemException;

/** Where a page of the delivery log starts: after the delivery made at {@code createdAt} with {@code id}; opaque to the app. */
record LogCursor(Instant createdAt, UUID id) {
    private static final String VERSION = "d1:";

    String encode() {
        String text = VERSION + createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for no cursor; a cursor this service did not give is a 400 naming {@code cursor}. */
    static Optional<LogCursor> decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(VERSION)) {
                throw new IllegalArgumentException("not a cursor");
            }
            String[] parts = text.substring(VERSION.length()).split(":", 3);
            return Optional.of(new LogCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this service gave",
                    List.of(new Problem.FieldError("cursor", "must be the next cursor of an earlier page")));
        }
    }
}
