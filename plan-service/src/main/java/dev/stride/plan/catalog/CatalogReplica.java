package dev.stride.plan.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.exercise.ExercisePublished;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * plan-service's own copy of the catalog. Keeps the highest version of each exercise; an older
 * or repeated version changes nothing (decided by the database, so concurrent or redelivered
 * polls cannot go backwards). Retired exercises stay, and are never chosen.
 */
@ApplicationScoped
public class CatalogReplica {
    private static final ObjectReader READER = EventJson.stored().readerFor(ExercisePublished.class);
    private static final String UPSERT = """
            INSERT INTO catalog_exercise (id, version, status, body)
            SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[])
            ON CONFLICT (id) DO UPDATE
              SET version = excluded.version, status = excluded.status, body = excluded.body, replicated_at = now()
              WHERE excluded.version > catalog_exercise.version
            RETURNING id""";
    private final AgroalDataSource dataSource;
    private volatile Snapshot cached = new Snapshot(-1, List.of());

    CatalogReplica(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps what is newer than the replica; returns the definitions that changed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExercisePublished> keep(List<Definitions.Definition> definitions) throws SQLException {
        Map<UUID, Definitions.Definition> newest = new LinkedHashMap<>();
        for (Definitions.Definition d : definitions) {
            newest.merge(d.exercise().id(), d, (a, b) -> b.exercise().version() > a.exercise().version() ? b : a);
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        Set<UUID> changed = upsert(newest.values());
        if (!changed.isEmpty()) {
            execute("UPDATE catalog_state SET version = version + 1 WHERE id = 1");
        }
        return newest.values().stream().map(Definitions.Definition::exercise).filter(e -> changed.contains(e.id())).toList();
    }

    /**
     * Every active exercise, as the generator chooses from them. Parsed once per catalog version:
     * a request only reads the version row unless the catalog changed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExercisePublished> activeExercises() {
        Snapshot snapshot = cached;
        long version = catalogVersion();
        if (snapshot.version() != version) {
            snapshot = new Snapshot(version, load());
            cached = snapshot;
        }
        return snapshot.exercises();
    }

    /** The active exercises as the current transaction sees them, changes not yet committed included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExercisePublished> activeExercisesInThisTransaction() {
        return load();
    }

    private List<ExercisePublished> load() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT body FROM catalog_exercise WHERE status = 'ACTIVE'");
             ResultSet rows = select.executeQuery()) {
            List<ExercisePublished> active = new ArrayList<>();
            while (rows.next()) {
                active.add(READER.readValue(rows.getString(1)));
            }
            return List.copyOf(active);
        } catch (SQLException e) {
            throw new IllegalStateException("The catalog replica cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long catalogVersion() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT version FROM catalog_state WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The catalog replica cannot be read", e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.executeUpdate();
        }
    }

    private record Snapshot(long version, List<ExercisePublished> exercises) {
    }

    private Set<UUID> upsert(Collection<Definitions.Definition> definitions) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            upsert.setArray(1, c.createArrayOf("uuid", definitions.stream().map(d -> d.exercise().id()).toArray()));
            upsert.setArray(2, c.createArrayOf("bigint", definitions.stream().map(d -> d.exercise().version()).toArray()));
            upsert.setArray(3, c.createArrayOf("text", definitions.stream().map(d -> d.exercise().status().name()).toArray()));
            upsert.setArray(4, c.createArrayOf("text", definitions.stream().map(Definitions.Definition::json).toArray()));
            Set<UUID> changed = new HashSet<>();
            try (ResultSet rows = upsert.executeQuery()) {
                while (rows.next()) {
                    changed.add(rows.getObject(1, UUID.class));
                }
            }
            return changed;
        }
    }
}
