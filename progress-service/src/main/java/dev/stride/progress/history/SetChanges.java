package dev.stride.progress.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.stride.progress.paging.PageCursor;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sync feed: each set's latest change (added, or voided) after a cursor, in the order they
 * were written. A change is shown only once every transaction older than it has ended, so a
 * cursor never moves past a change that is still to commit: a client that follows the cursors
 * misses nothing, however busy the ingestion. A set added and voided since the cursor is shown
 * once, voided.
 */
@ApplicationScoped
public class SetChanges {
    private static final String CURSOR_KIND = "changes";
    private static final String PAGE = "SELECT changed_in::text, change_seq, " + LoggedSet.COLUMNS + """
             FROM completed_set
            WHERE athlete_id = ?
              AND (changed_in, change_seq) > (?::xid8, ?::bigint)
              AND changed_in < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY changed_in, change_seq
            LIMIT ?""";

    private final AgroalDataSource dataSource;

    SetChanges(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public enum Kind {
        ADDED, VOIDED
    }

    public record Change(Kind change, LoggedSet set) {
    }

    /** The changes, the cursor to ask from next time (always given), and whether more are ready now. */
    public record Page(List<Change> changes, String cursor, boolean more) {
    }

    public Page after(String athleteId, String cursor, int limit) {
        Position from = cursor == null ? Position.START : Position.of(PageCursor.decode(cursor, CURSOR_KIND, 2));
        List<Change> changes = new ArrayList<>();
        Position last = from;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PAGE)) {
            Statements.bind(statement, athleteId, from.transaction(), from.sequence(), limit + 1);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next() && changes.size() < limit) {
                    LoggedSet set = LoggedSet.read(row, 3);
                    changes.add(new Change(set.voided() ? Kind.VOIDED : Kind.ADDED, set));
                    last = new Position(row.getString(1), row.getLong(2));
                }
                boolean more = changes.size() == limit && !row.isAfterLast();
                return new Page(changes, PageCursor.encode(CURSOR_KIND, last.transaction(), String.valueOf(last.sequence())), more);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The transaction (an xid8, as text) and sequence number of a change. */
    private record Position(String transaction, long sequence) {
        static final Position START = new Position("0", 0);

        static Position of(List<String> parts) {
            try {
                if (parts.get(0).matches("[0-9]{1,19}")) {
                    return new Position(parts.get(0), Long.parseLong(parts.get(1)));
                }
            } catch (NumberFormatException e) {
                throw PageCursor.invalid();
            }
            throw PageCursor.invalid();
        }
    }
}
