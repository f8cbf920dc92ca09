package dev.stride.progress.sessions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stride.progress.catalog.ExerciseReplica;
import dev.stride.progress.history.LoggedSet;
import dev.stride.progress.history.Statements;
import dev.stride.progress.volume.SetVolume;
import dev.stride.progress.volume.VolumeItem;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds sessions from their spans: their sets, per exercise, with names and the planned session they name. */
@ApplicationScoped
class SessionAssembly {
    private final AgroalDataSource dataSource;
    private final ExerciseReplica exercises;

    SessionAssembly(AgroalDataSource dataSource, ExerciseReplica exercises) {
        this.dataSource = dataSource;
        this.exercises = exercises;
    }

    List<WorkoutSession> assemble(String athleteId, List<SessionSpan> spans, boolean withSets) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<LoggedSet> sets = sets(athleteId, spans);
        Map<UUID, String> names = names(athleteId, sets.stream().map(LoggedSet::exerciseId).distinct().toList());
        Map<UUID, WorkoutSession.PlannedSessionLink> planned = planned(athleteId, sets);
        List<WorkoutSession> sessions = new ArrayList<>();
        for (SessionSpan span : spans) {
            List<LoggedSet> own = sets.stream().filter(span::contains).toList();
            if (!own.isEmpty()) { // empty when its sets were voided or erased between the two reads
                sessions.add(session(span, own, names, planned, withSets));
            }
        }
        return sessions;
    }

    private static WorkoutSession session(SessionSpan span, List<LoggedSet> sets, Map<UUID, String> names,
                                          Map<UUID, WorkoutSession.PlannedSessionLink> planned, boolean withSets) {
        Map<UUID, List<LoggedSet>> byExercise = new LinkedHashMap<>();
        sets.forEach(set -> byExercise.computeIfAbsent(set.exerciseId(), id -> new ArrayList<>()).add(set));
        List<WorkoutSession.ExerciseBlock> blocks = byExercise.entrySet().stream().map(e -> new WorkoutSession.ExerciseBlock(
                e.getKey(), names.get(e.getKey()), e.getValue().size(),
                volume(e.getValue()), withSets ? e.getValue() : null)).toList();
        OffsetDateTime start = sets.get(0).completedAt();
        OffsetDateTime end = sets.get(sets.size() - 1).completedAt();
        return new WorkoutSession(span.id(), span.sessionId() == null ? WorkoutSession.Grouping.TIME_GAP
                : WorkoutSession.Grouping.SESSION_ID, start, end, Duration.between(start, end).toSeconds(), span.localDate(),
                sets.get(0).timeZone(), span.sessionId() == null ? null : planned.get(span.sessionId()), sets.size(),
                volume(sets), blocks);
    }

    private static VolumeItem volume(List<LoggedSet> sets) {
        return VolumeItem.total(sets.stream().map(set -> SetVolume.of(set.reps(), set.loadKg(), set.durationSeconds(),
                set.distanceMeters(), set.side())).reduce(SetVolume.ZERO, SetVolume::plus));
    }

    private List<LoggedSet> sets(String athleteId, List<SessionSpan> spans) {
        Instant from = spans.stream().map(SessionSpan::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = spans.stream().map(SessionSpan::end).max(Comparator.naturalOrder()).orElseThrow();
        List<LoggedSet> sets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SessionQueries.SETS)) {
            Statements.bind(statement, athleteId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    sets.add(LoggedSet.read(row, 1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sets;
    }

    /** The catalog's names of these exercises, else the names an import kept for them. */
    private Map<UUID, String> names(String athleteId, List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        exercises.find(ids).forEach((id, exercise) -> names.put(id, exercise.name()));
        List<UUID> unknown = ids.stream().filter(id -> !names.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return names;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SessionQueries.IMPORTED_NAMES)) {
            statement.setString(1, athleteId);
            statement.setArray(2, connection.createArrayOf("uuid", unknown.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    names.put(row.getObject(1, UUID.class), row.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** The planned sessions, by id, that sets naming a plan and a session refer to. */
    private Map<UUID, WorkoutSession.PlannedSessionLink> planned(String athleteId, List<LoggedSet> sets) {
        List<LoggedSet> naming = sets.stream().filter(s -> s.planId() != null && s.sessionId() != null).toList();
        Map<UUID, WorkoutSession.PlannedSessionLink> links = new HashMap<>();
        if (naming.isEmpty()) {
            return links;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SessionQueries.PLANNED)) {
            statement.setString(1, athleteId);
            statement.setArray(2, connection.createArrayOf("uuid", naming.stream().map(LoggedSet::planId).distinct().toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    naming.stream().map(s -> s.sessionId().toString()).distinct().toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID session = row.getObject(2, UUID.class);
                    links.put(session, new WorkoutSession.PlannedSessionLink(row.getObject(1, UUID.class), session,
                            row.getInt(3), row.getObject(4, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return links;
    }
}
