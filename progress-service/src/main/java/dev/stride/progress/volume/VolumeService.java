package dev.stride.progress.volume;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.stride.progress.catalog.ExerciseReplica;
import dev.stride.progress.streak.StreakCalculator;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Volume per day or ISO week, by exercise or by muscle, from {@code daily_volume}. */
@ApplicationScoped
public class VolumeService {
    private static final BigDecimal FULL = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final String ROWS = """
            SELECT day, exercise_id, sets, reps, tonnage_kg, hold_seconds, distance_meters FROM daily_volume
            WHERE athlete_id = ? AND day BETWEEN ? AND ? AND sets > 0""";
    private static final String TOTALS = """
            SELECT coalesce(sum(sets), 0), coalesce(sum(reps), 0), coalesce(sum(tonnage_kg), 0),
                coalesce(sum(hold_seconds), 0), coalesce(sum(distance_meters), 0)
            FROM daily_volume WHERE athlete_id = ?""";

    private final AgroalDataSource dataSource;
    private final ExerciseReplica exercises;

    VolumeService(AgroalDataSource dataSource, ExerciseReplica exercises) {
        this.dataSource = dataSource;
        this.exercises = exercises;
    }

    /** Weekly buckets widen the range to whole ISO weeks. */
    public VolumeView volume(String athleteId, LocalDate from, LocalDate to, VolumeQuery.Bucket bucket, VolumeQuery.By by) {
        LocalDate start = bucket == VolumeQuery.Bucket.WEEK ? StreakCalculator.weekOf(from) : from;
        LocalDate end = bucket == VolumeQuery.Bucket.WEEK ? StreakCalculator.weekOf(to).plusDays(6) : to;
        List<DailyVolumeRow> rows = rows(athleteId, start, end);
        Map<UUID, ExerciseReplica.Exercise> known = exercises.find(rows.stream().map(DailyVolumeRow::exerciseId).distinct().toList());
        Map<LocalDate, BucketSums> buckets = new TreeMap<>();
        for (DailyVolumeRow row : rows) {
            LocalDate bucketStart = bucket == VolumeQuery.Bucket.WEEK ? StreakCalculator.weekOf(row.day()) : row.day();
            BucketSums sums = buckets.computeIfAbsent(bucketStart, d -> new BucketSums());
            sums.add(row, known.get(row.exerciseId()), by);
        }
        List<VolumeView.Bucket> views = new ArrayList<>();
        buckets.forEach((day, sums) -> views.add(sums.view(day, bucket)));
        return new VolumeView(athleteId, start, end, bucket.label(), by.label(), views);
    }

    /** Totals of one bucket and its items by key. */
    private static final class BucketSums {
        private VolumeItem total = VolumeItem.none();
        private final Map<String, VolumeItem> items = new TreeMap<>();

        void add(DailyVolumeRow row, ExerciseReplica.Exercise exercise, VolumeQuery.By by) {
            total = total.plus(VolumeItem.of(null, null, row.volume(), FULL));
            if (by == VolumeQuery.By.EXERCISE) {
                String name = exercise == null ? null : exercise.name();
                merge(VolumeItem.of(row.exerciseId().toString(), name, row.volume(), FULL));
            } else if (exercise != null) {
                exercise.primaryMuscles().forEach(m -> merge(VolumeItem.of(m, null, row.volume(), FULL)));
                exercise.secondaryMuscles().forEach(m -> merge(VolumeItem.of(m, null, row.volume(), HALF)));
            }
        }

        private void merge(VolumeItem item) {
            items.merge(item.key(), item, VolumeItem::plus);
        }

        VolumeView.Bucket view(LocalDate start, VolumeQuery.Bucket bucket) {
            boolean week = bucket == VolumeQuery.Bucket.WEEK;
            String label = week ? StreakCalculator.isoWeek(start) : start.toString();
            return new VolumeView.Bucket(start, week ? start.plusDays(6) : start, label, total, List.copyOf(items.values()));
        }
    }

    /** All-time volume of the athlete. */
    public VolumeItem totals(String athleteId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(TOTALS)) {
            statement.setString(1, athleteId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return VolumeItem.of(null, null, new SetVolume(row.getLong(1), row.getLong(2), row.getBigDecimal(3),
                        row.getLong(4), row.getBigDecimal(5)), FULL);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<DailyVolumeRow> rows(String athleteId, LocalDate from, LocalDate to) {
        List<DailyVolumeRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ROWS)) {
            statement.setString(1, athleteId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new DailyVolumeRow(row.getObject(1, LocalDate.class), row.getObject(2, UUID.class),
                            new SetVolume(row.getLong(3), row.getLong(4), row.getBigDecimal(5), row.getLong(6),
                                    row.getBigDecimal(7))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
