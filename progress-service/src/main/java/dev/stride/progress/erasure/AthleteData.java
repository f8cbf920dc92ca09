package dev.stride.progress.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.stride.progress.webhook.Connections;

/** Everything progress-service holds about one athlete, deleted in the caller's transaction. */
final class AthleteData {
    /** Each table with athlete rows, and the column that names the athlete (source_connection: {@link #unlink}). */
    private static final List<String> DELETES = List.of(
            "DELETE FROM completed_set WHERE athlete_id = ?",
            "DELETE FROM set_void WHERE athlete_id = ?",
            "DELETE FROM daily_volume WHERE athlete_id = ?",
            "DELETE FROM personal_record WHERE athlete_id = ?",
            "DELETE FROM announced_record WHERE athlete_id = ?",
            "DELETE FROM streak_state WHERE athlete_id = ?",
            "DELETE FROM closed_week WHERE athlete_id = ?",
            "DELETE FROM progress_fact WHERE athlete_id = ?",
            "DELETE FROM plan WHERE athlete_id = ?",
            "DELETE FROM import_job WHERE athlete_id = ?",
            "DELETE FROM imported_exercise WHERE athlete_id = ?",
            "DELETE FROM athlete WHERE athlete_id = ?",
            // progress-events not yet relayed; athlete-events (erasures, confirmations, connections) stay
            "DELETE FROM outbox_message WHERE message_key = ? AND topic <> 'athlete-events'");
    private static final String UNLINK = "DELETE FROM source_connection WHERE athlete_id = ? RETURNING source, client_id";
    private static final String MARK = """
            INSERT INTO erased_athlete (athlete_id, request_id, erased_at) VALUES (?, ?, ?)
            ON CONFLICT (athlete_id) DO UPDATE SET request_id = excluded.request_id, erased_at = excluded.erased_at""";

    private AthleteData() {
    }

    /** Deletes it all; returns the athlete's connections to webhook sources, ended. */
    static List<Connections.Unlinked> erase(Connection connection, String athleteId, UUID requestId, Instant now)
            throws SQLException {
        ErasureLock.takeAlone(connection);
        List<Connections.Unlinked> links = unlink(connection, athleteId);
        for (String delete : DELETES) {
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setString(1, athleteId);
                statement.executeUpdate();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(MARK)) {
            statement.setString(1, athleteId);
            statement.setObject(2, requestId);
            statement.setTimestamp(3, Timestamp.from(now));
            statement.executeUpdate();
        }
        return links;
    }

    private static List<Connections.Unlinked> unlink(Connection connection, String athleteId) throws SQLException {
        List<Connections.Unlinked> links = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNLINK)) {
            statement.setString(1, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    links.add(new Connections.Unlinked(athleteId, row.getString(1), row.getString(2)));
                }
            }
        }
        return links;
    }
}
