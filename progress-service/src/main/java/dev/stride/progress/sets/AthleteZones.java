package dev.stride.progress.sets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Remembers each athlete's time zone as the zone of their latest set, whatever the arrival order,
 * and asks the fact scanner to look at every athlete whose sets changed: due at {@code -infinity},
 * whatever the time, so that "due" depends on no clock — the scanner leases by the service's.
 */
final class AthleteZones {
    private static final String UPSERT = """
            INSERT INTO athlete (athlete_id, time_zone, zone_seen_at, next_check_at)
            SELECT a.id, a.zone, a.at::timestamptz, '-infinity' FROM unnest(?::text[], ?::text[], ?::text[]) AS a(id, zone, at)
            ORDER BY a.id
            ON CONFLICT (athlete_id) DO UPDATE SET next_check_at = '-infinity',
                time_zone = CASE WHEN excluded.zone_seen_at > athlete.zone_seen_at
                    THEN excluded.time_zone ELSE athlete.time_zone END,
                zone_seen_at = greatest(excluded.zone_seen_at, athlete.zone_seen_at)
            WHERE athlete.next_check_at > '-infinity' OR excluded.zone_seen_at > athlete.zone_seen_at""";
    private static final String RECHECK = """
            UPDATE athlete SET next_check_at = '-infinity'
            WHERE athlete_id IN (SELECT id FROM unnest(?::text[]) AS a(id) ORDER BY id)""";

    private AthleteZones() {
    }

    static void remember(Connection connection, List<PerformedSet> sets) throws SQLException {
        if (sets.isEmpty()) {
            return;
        }
        Comparator<PerformedSet> byTime = Comparator.comparing(s -> s.event().completedAt().toInstant());
        Map<String, PerformedSet> latest = sets.stream().collect(Collectors.toMap(
                s -> s.event().athleteId(), s -> s, BinaryOperator.maxBy(byTime)));
        List<PerformedSet> rows = new ArrayList<>(latest.values());
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            new Columns(statement).add(rows, s -> s.event().athleteId()).add(rows, s -> s.event().timeZone())
                    .add(rows, s -> s.event().completedAt());
            statement.execute();
        }
    }

    static void recheck(Connection connection, List<String> athleteIds) throws SQLException {
        if (athleteIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(RECHECK)) {
            new Columns(statement).add(athleteIds, id -> id);
            statement.execute();
        }
    }
}
