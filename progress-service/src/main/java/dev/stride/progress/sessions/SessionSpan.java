package dev.stride.progress.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.stride.progress.history.LoggedSet;

/** Where a session lies: its sets' session id (null when grouped by time) and its first and last set's instants. */
record SessionSpan(UUID sessionId, Instant start, Instant end, LocalDate localDate) {
    static final String IMPLICIT_PREFIX = "started-";

    String id() {
        return sessionId != null ? sessionId.toString() : IMPLICIT_PREFIX + start;
    }

    boolean contains(LoggedSet set) {
        if (sessionId != null) {
            return sessionId.equals(set.sessionId());
        }
        Instant at = set.completedAt().toInstant();
        return set.sessionId() == null && !at.isBefore(start) && !at.isAfter(end);
    }
}
