package dev.stride.progress.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.stride.progress.sets.Columns;

/**
 * Leases athletes due for a look (new sets, or a local midnight passed) to one scanner for a
 * minute, skipping rows the ingestion holds; a finished look sets their next local midnight,
 * unless new sets asked for another look meanwhile. Neither step ever waits for the ingestion (a
 * row it holds is skipped: it is marking that athlete due again anyway), so the two never deadlock.
 */
final class Claims {
    private static final String CLAIM = """
            UPDATE athlete a SET next_check_at = ?::timestamptz + interval '1 minute'
            FROM (SELECT athlete_id FROM athlete WHERE next_check_at <= ? ORDER BY athlete_id LIMIT ?
                  FOR UPDATE SKIP LOCKED) due
            WHERE a.athlete_id = due.athlete_id
            RETURNING a.athlete_id, a.time_zone, a.next_check_at""";
    private static final String RELEASE = """
            UPDATE athlete a SET next_check_at = c.next::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[]) AS c(id, lease, next)
            WHERE a.athlete_id = c.id AND a.next_check_at = c.lease::timestamptz
                AND a.athlete_id IN (SELECT athlete_id FROM athlete WHERE athlete_id = ANY (?::text[]) FOR UPDATE SKIP LOCKED)""";

    private Claims() {
    }

    /** An athlete leased until {@code lease}. */
    record Claim(String athleteId, ZoneId zone, OffsetDateTime lease) {
    }

    /** Leases at most {@code limit} athletes due at {@code now} (the service's clock, never the database's). */
    static List<Claim> claim(Connection connection, int limit, OffsetDateTime now) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, now);
            statement.setObject(2, now);
            statement.setInt(3, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    claims.add(new Claim(row.getString(1), ZoneId.of(row.getString(2)), row.getObject(3, OffsetDateTime.class)));
                }
            }
        }
        return claims;
    }

    /** Next look at each athlete's next local midnight after {@code now}. */
    static void release(Connection connection, List<Claim> claims, OffsetDateTime now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            new Columns(statement).add(claims, Claim::athleteId).add(claims, Claim::lease)
                    .add(claims, c -> now.atZoneSameInstant(c.zone()).toLocalDate().plusDays(1).atStartOfDay(c.zone())
                            .toOffsetDateTime())
                    .add(claims, Claim::athleteId);
            statement.execute();
        }
    }
}
