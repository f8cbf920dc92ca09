package dev.stride.bench.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import dev.stride.bench.GroupOffsets;
import dev.stride.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/** What progress-service's database holds: its replica of the catalog, the athlete's sets, its outbox. */
final class StoredSets implements AutoCloseable {
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final String INGESTION_GROUP = "progress-service";
    private final Connection database;

    StoredSets(Connection database) {
        this.database = database;
    }

    /** Waits until the replica holds {@code exercises} exercises: names of the catalog map from then on. */
    void awaitReplica(int exercises, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("SELECT count(*) FROM exercise") < exercises) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The catalog replica holds fewer than " + exercises + " exercises");
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
    }

    /** Waits until the athlete has at least {@code expected} sets, or the timeout passes; returns the count. */
    long awaitSets(String athleteId, long expected, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long stored = sets(athleteId);
        while (stored < expected && System.nanoTime() < deadline) {
            Thread.sleep(POLL_EVERY.toMillis());
            stored = sets(athleteId);
        }
        return stored;
    }

    long sets(String athleteId) throws SQLException {
        return count("SELECT count(*) FROM completed_set WHERE athlete_id = ?", athleteId);
    }

    /**
     * Waits until nothing for completed-sets waits in the outbox and the ingestion has committed every record on the
     * topic: whatever an import published is stored, or was a duplicate.
     */
    void awaitIngestionCaughtUp(Admin admin, Duration timeout) throws Exception {
        GroupOffsets offsets = new GroupOffsets(admin, INGESTION_GROUP, Topics.COMPLETED_SETS);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(offsets)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The ingestion did not catch up within " + timeout);
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
    }

    private boolean caughtUp(GroupOffsets offsets) throws Exception {
        if (count("SELECT count(*) FROM outbox_message WHERE topic = ?", Topics.COMPLETED_SETS) > 0) {
            return false;
        }
        Map<TopicPartition, Long> committed = offsets.committed();
        return offsets.end().entrySet().stream()
                .allMatch(end -> committed.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private long count(String query, String... parameters) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
