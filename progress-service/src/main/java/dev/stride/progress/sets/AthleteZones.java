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

/** Remembers each athlete's time zone as the zone of their latest set, whatever the arrival order. */
final class AthleteZones {
    private static final String UPSERT = """
            INSERT INTO athlete (athlete_id, time_zone, zone_seen_at)
            SELECT a.id, a.zone, a.at::timestamptz FROM unnest(?::text[], ?::text[], ?::text[]) AS a(id, zone, at)
            ON CONFLICT (athlete_id) DO UPDATE SET time_zone = excluded.time_zone, zone_seen_at = excluded.zone_seen_at
            WHERE excluded.zone_seen_at > athlete.zone_seen_at""";

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
}
