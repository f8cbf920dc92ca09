package dev.stride.progress.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.stride.contracts.TextRules;
import dev.stride.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** The webhook sources each athlete connected ({@code source_connection}), and the athlete a source's user id names. */
@ApplicationScoped
public class Connections {
    private static final String CONNECT = """
            INSERT INTO source_connection (athlete_id, source, user_id, client_id, connected_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (athlete_id, source) DO UPDATE SET user_id = excluded.user_id, client_id = excluded.client_id,
                connected_at = CASE WHEN source_connection.user_id = excluded.user_id
                                    THEN source_connection.connected_at ELSE excluded.connected_at END
            RETURNING connected_at, (xmax = 0) AS created""";
    private static final String DISCONNECT =
            "DELETE FROM source_connection WHERE athlete_id = ? AND source = ? RETURNING client_id";
    private static final String OF_ATHLETE =
            "SELECT source, user_id, connected_at FROM source_connection WHERE athlete_id = ? ORDER BY source";
    private static final String ATHLETE_OF = "SELECT athlete_id FROM source_connection WHERE source = ? AND user_id = ?";
    static final int MAX_USER_ID_LENGTH = 128;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CONNECTED = "SELECT user_id FROM source_connection WHERE athlete_id = ? AND source = ?";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    Connections(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One athlete's link to a source. */
    public record SourceConnection(String athleteId, String source, String userId, Instant connectedAt) {
    }

    /** A link ended, with the OAuth client of the app that made it (null for a link made before clients were kept). */
    public record Unlinked(String athleteId, String source, String clientId) {
    }

    /** A link made, or its user id replaced; {@code created} tells which. */
    public record Connected(SourceConnection connection, boolean created) {
    }

    /** What is wrong with a source's user id (null, blank, over 128 characters, control characters), or null. */
    public static String userIdProblem(String userId) {
        return userId == null || userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH
                ? "must be 1 to " + MAX_USER_ID_LENGTH + " characters, not blank" : TextRules.lineProblem(userId);
    }

    /** Links {@code athleteId} to {@code source} under its {@code userId}, made by the app {@code clientId}. */
    public Connected connect(String athleteId, String source, String userId, String clientId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(CONNECT)) {
            statement.setString(1, athleteId);
            statement.setString(2, source);
            statement.setString(3, userId);
            statement.setString(4, clientId);
            statement.setObject(5, OffsetDateTime.now(clock));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Connected(new SourceConnection(athleteId, source, userId,
                        row.getTimestamp(1).toInstant()), row.getBoolean(2));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ProblemException.conflict("user-id-taken",
                        "This user id of " + source + " is connected to another athlete");
            }
            throw new IllegalStateException(e);
        }
    }

    /** The link ended, or empty when there was none. */
    public Optional<Unlinked> disconnect(String athleteId, String source) {
        List<Unlinked> ended = new ArrayList<>();
        query(DISCONNECT, row -> ended.add(new Unlinked(athleteId, source, row.getString(1))), athleteId, source);
        return ended.stream().findFirst();
    }

    public List<SourceConnection> of(String athleteId) {
        List<SourceConnection> connections = new ArrayList<>();
        query(OF_ATHLETE, row -> connections.add(new SourceConnection(athleteId, row.getString(1), row.getString(2),
                row.getTimestamp(3).toInstant())), athleteId);
        return connections;
    }

    /** The athlete who connected {@code source} under its {@code userId}. */
    public Optional<String> athleteOf(String source, String userId) {
        List<String> athletes = new ArrayList<>();
        query(ATHLETE_OF, row -> athletes.add(row.getString(1)), source, userId);
        return athletes.stream().findFirst();
    }

    public boolean connected(String athleteId, String source) {
        List<String> users = new ArrayList<>();
        query(CONNECTED, row -> users.add(row.getString(1)), athleteId, source);
        return !users.isEmpty();
    }

    private void query(String sql, RowReader reader, String... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
