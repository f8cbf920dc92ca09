package dev.stride.progress.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.contracts.exercise.ExercisePublished;
import dev.stride.contracts.exercise.Muscle;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The local copy of {@code exercise-definitions}: names and muscles, highest version kept.
 * Muscle volume is derived from it at read time, so a set stored before its exercise was known
 * is attributed as soon as the definition arrives.
 */
@ApplicationScoped
public class ExerciseReplica {
    private static final String UPSERT = """
            INSERT INTO exercise AS e (exercise_id, version, name, measurement, primary_muscles, secondary_muscles, aliases)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (exercise_id) DO UPDATE SET version = excluded.version, name = excluded.name,
                measurement = excluded.measurement, primary_muscles = excluded.primary_muscles,
                secondary_muscles = excluded.secondary_muscles, aliases = excluded.aliases
            WHERE excluded.version > e.version""";
    private static final String FIND =
            "SELECT exercise_id, name, primary_muscles, secondary_muscles FROM exercise WHERE exercise_id = ANY (?)";

    private final AgroalDataSource dataSource;

    ExerciseReplica(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An exercise as progress-service needs it. */
    public record Exercise(UUID id, String name, List<String> primaryMuscles, List<String> secondaryMuscles) {
    }

    public void keep(ExercisePublished published) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setObject(1, published.id());
            statement.setLong(2, published.version());
            statement.setString(3, published.name());
            statement.setString(4, published.measurement() == null ? null : published.measurement().name());
            statement.setArray(5, muscles(connection, published.primaryMuscles()));
            statement.setArray(6, muscles(connection, published.secondaryMuscles()));
            statement.setArray(7, connection.createArrayOf("text",
                    (published.aliases() == null ? List.<String>of() : published.aliases()).toArray()));
            statement.executeUpdate();
        }
    }

    public Map<UUID, Exercise> find(List<UUID> ids) {
        Map<UUID, Exercise> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    found.put(id, new Exercise(id, row.getString(2), texts(row.getArray(3)), texts(row.getArray(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Every exercise's id with its name and aliases, to look up names (the catalog is small: dozens, not millions). */
    public Map<UUID, List<String>> namesAndAliases() {
        Map<UUID, List<String>> names = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT exercise_id, name, aliases FROM exercise");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                List<String> all = new ArrayList<>(List.of(row.getString(2)));
                all.addAll(texts(row.getArray(3)));
                names.put(row.getObject(1, UUID.class), all);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Array muscles(Connection connection, List<Muscle> muscles) throws SQLException {
        List<Muscle> list = muscles == null ? List.of() : muscles;
        return connection.createArrayOf("text", list.stream().map(Muscle::name).toArray());
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
