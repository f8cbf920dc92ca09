package dev.stride.progress.history;

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

import dev.stride.progress.paging.PageCursor;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The sets an athlete logged, newest first, voided ones included and marked. */
@ApplicationScoped
public class SetHistory {
    private static final String CURSOR_KIND = "sets";
    private static final String PAGE = "SELECT " + LoggedSet.COLUMNS + """
             FROM completed_set
            WHERE athlete_id = ?
              AND (?::date IS NULL OR (local_date >= ?::date AND completed_at >= ?::date - 2))
              AND (?::date IS NULL OR (local_date <= ?::date AND completed_at < ?::date + 3))
              AND (?::uuid IS NULL OR exercise_id = ?::uuid)
              AND (?::timestamptz IS NULL OR (completed_at, event_id) < (?::timestamptz, ?::text))
            ORDER BY completed_at DESC, event_id DESC
            LIMIT ?""";
    private static final String ONE = "SELECT " + LoggedSet.COLUMNS + " FROM completed_set WHERE event_id = ? AND athlete_id = ?";

    private final AgroalDataSource dataSource;

    SetHistory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Which sets: local days {@code from}–{@code to} (each optional), one exercise or all, after a cursor. */
    public record Query(LocalDate from, LocalDate to, UUID exerciseId, int limit, String cursor) {
    }

    /** A page of sets and the cursor of the next page (null when this is the last). */
    public record Page(List<LoggedSet> sets, String nextCursor) {
    }

    public Page page(String athleteId, Query query) {
        Instant afterTime = null;
        String afterId = null;
        if (query.cursor() != null) {
            List<String> parts = PageCursor.decode(query.cursor(), CURSOR_KIND, 2);
            afterTime = instant(parts.get(0));
            afterId = parts.get(1);
        }
        List<LoggedSet> sets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PAGE)) {
            OffsetDateTime after = afterTime == null ? null : afterTime.atOffset(ZoneOffset.UTC);
            Statements.bind(statement, athleteId, query.from(), query.from(), query.from(), query.to(), query.to(),
                    query.to(), query.exerciseId(), query.exerciseId(), after, after, afterId, query.limit() + 1);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    sets.add(LoggedSet.read(row, 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return page(sets, query.limit());
    }

    /** The athlete's set with this event id, if Stride stored it. */
    public Optional<LoggedSet> find(String athleteId, String eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ONE)) {
            statement.setString(1, eventId);
            statement.setString(2, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(LoggedSet.read(row, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page page(List<LoggedSet> sets, int limit) {
        if (sets.size() <= limit) {
            return new Page(sets, null);
        }
        LoggedSet last = sets.get(limit - 1);
        return new Page(sets.subList(0, limit),
                PageCursor.encode(CURSOR_KIND, last.completedAt().toInstant().toString(), last.eventId()));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw PageCursor.invalid();
        }
    }
}
