package dev.stride.progress.sessions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.paging.PageCursor;
import dev.stride.progress.history.Statements;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The athlete's workouts, grouped from their stored sets (see {@link WorkoutSession} for the rule). */
@ApplicationScoped
public class WorkoutSessions {
    private static final String CURSOR_KIND = "sessions";
    private static final int CHUNK = 50;
    private final AgroalDataSource dataSource;
    private final SessionAssembly assembly;

    WorkoutSessions(AgroalDataSource dataSource, SessionAssembly assembly) {
        this.dataSource = dataSource;
        this.assembly = assembly;
    }

    /** A page of sessions, newest first, and the cursor of the next page (null on the last). */
    public record Page(List<WorkoutSession> sessions, String nextCursor) {
    }

    public Page page(String athleteId, LocalDate from, LocalDate to, int limit, String cursor) {
        OffsetDateTime afterStart = null;
        String afterKey = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, CURSOR_KIND, 2);
            afterStart = instant(parts.get(0)).atOffset(ZoneOffset.UTC);
            afterKey = parts.get(1);
        }
        List<SessionSpan> spans = spans(SessionQueries.PAGE, athleteId, from, from, to, to, afterStart, afterStart,
                afterKey, limit + 1);
        List<SessionSpan> shown = spans.subList(0, Math.min(limit, spans.size()));
        String next = null;
        if (spans.size() > limit) {
            SessionSpan last = shown.get(shown.size() - 1);
            next = PageCursor.encode(CURSOR_KIND, last.start().toString(),
                    last.sessionId() == null ? "" : last.sessionId().toString());
        }
        return new Page(assembly.assemble(athleteId, shown, false), next);
    }

    /** Every session of the athlete, oldest first, with every set: read a few dozen at a time, never all at once. */
    public void everySession(String athleteId, Consumer<WorkoutSession> each) {
        List<SessionSpan> spans = spans(SessionQueries.ALL, athleteId);
        for (int from = 0; from < spans.size(); from += CHUNK) {
            assembly.assemble(athleteId, spans.subList(from, Math.min(spans.size(), from + CHUNK)), true).forEach(each);
        }
    }

    /** The session with this id ({@code started-…} for one grouped by time), with every set. */
    public Optional<WorkoutSession> find(String athleteId, String sessionId) {
        UUID named = null;
        OffsetDateTime started = null;
        try {
            if (sessionId.startsWith(SessionSpan.IMPLICIT_PREFIX)) {
                started = Instant.parse(sessionId.substring(SessionSpan.IMPLICIT_PREFIX.length())).atOffset(ZoneOffset.UTC);
            } else {
                named = UUID.fromString(sessionId);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
        List<SessionSpan> spans = spans(SessionQueries.ONE, athleteId, named, named, named, started);
        return spans.isEmpty() ? Optional.empty() : Optional.of(assembly.assemble(athleteId, spans, true).get(0));
    }

    private List<SessionSpan> spans(String sql, Object... parameters) {
        List<SessionSpan> spans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Statements.bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    spans.add(new SessionSpan(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getObject(4, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return spans;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw PageCursor.invalid();
        }
    }
}
