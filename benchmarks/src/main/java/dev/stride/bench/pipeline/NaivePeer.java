package dev.stride.bench.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dev.stride.bench.BenchmarkStack;
import dev.stride.bench.GroupOffsets;
import dev.stride.contracts.Topics;
import dev.stride.stack.FreePorts;
import dev.stride.stack.PostgresServer;
import dev.stride.stack.ServiceProcess;
import dev.stride.workload.AthleteWeek;
import dev.stride.workload.Totals;
import dev.stride.workload.Truth;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer a Quarkus user writes first (benchmarks/naive-peer, the kafka-panache-quickstart
 * shape), run after the service on the same topic from its start, on a fresh database of its own:
 * how fast it gets through the same records, and whether its volume matches the same truth.
 */
final class NaivePeer {
    private static final String NAME = "naive-peer";
    private static final String DATABASE = "peer_bench";
    /** The peer commits its offsets every few seconds; this long without a commit, it has stopped. */
    private static final Duration STALL = Duration.ofMinutes(2);
    private static final Duration PROGRESS_EVERY = Duration.ofMinutes(1);
    private final BenchmarkStack stack;
    private final Path jar;

    NaivePeer(BenchmarkStack stack, Path jar) {
        this.stack = stack;
        this.jar = jar;
    }

    /** Launches the peer, waits until it has committed every record of the topic, stops it and reads its volume. */
    PeerRun run(Admin admin, Truth truth) throws Exception {
        GroupOffsets offsets = new GroupOffsets(admin, NAME, Topics.COMPLETED_SETS);
        Map<TopicPartition, Long> end = offsets.end();
        stack.postgres().ensureDatabase(DATABASE, true);
        ServiceProcess peer = new ServiceProcess(NAME, FreePorts.find(), FreePorts.find(), jar);
        long launched = System.nanoTime();
        peer.start(environment(stack.postgres()), stack.work().resolve(NAME + ".log"));
        try {
            peer.awaitReady(Duration.ofSeconds(60));
            long ready = System.nanoTime();
            long committed = awaitAllCommitted(offsets, end);
            double rate = GroupOffsets.sum(end) / seconds(ready, committed);
            return new PeerRun(seconds(launched, ready), rate, VolumeMismatches.between(truth.weeks(), weeks()));
        } finally {
            peer.stop();
        }
    }

    private Map<String, String> environment(PostgresServer postgres) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
    }

    /** Polls the group's committed offsets until every partition's reaches its end; returns when it did. */
    private long awaitAllCommitted(GroupOffsets offsets, Map<TopicPartition, Long> end) throws Exception {
        long records = GroupOffsets.sum(end);
        long lastMove = System.nanoTime();
        long lastShown = lastMove;
        long lastCommitted = -1;
        while (true) {
            Map<TopicPartition, Long> committed = offsets.committed();
            long now = System.nanoTime();
            if (end.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                return now;
            }
            long sum = GroupOffsets.sum(committed);
            if (sum > lastCommitted) {
                lastCommitted = sum;
                lastMove = now;
            } else if (now - lastMove > STALL.toNanos()) {
                throw new IllegalStateException(NAME + " stopped committing at " + sum + " of " + records
                        + " records: see " + stack.work().resolve(NAME + ".log"));
            }
            if (now - lastShown > PROGRESS_EVERY.toNanos()) {
                System.out.printf("[pipeline] %s: %,d of %,d records committed%n", NAME, sum, records);
                lastShown = now;
            }
            Thread.sleep(500);
        }
    }

    /** The peer's daily volume folded into ISO weeks, as the truth counts them. */
    private Map<AthleteWeek, Totals> weeks() throws SQLException {
        Map<AthleteWeek, Totals> weeks = new HashMap<>();
        try (Connection connection = stack.database(DATABASE); Statement statement = connection.createStatement();
             ResultSet days = statement.executeQuery("SELECT athlete_id, local_day, sets, reps, tonnage_kg, hold_seconds,"
                     + " distance_meters FROM daily_volume")) {
            while (days.next()) {
                LocalDate monday = days.getObject("local_day", LocalDate.class).with(DayOfWeek.MONDAY);
                weeks.merge(new AthleteWeek(days.getString("athlete_id"), monday), new Totals(days.getLong("sets"),
                        days.getLong("reps"), days.getBigDecimal("tonnage_kg"), days.getLong("hold_seconds"),
                        days.getBigDecimal("distance_meters")), Totals::plus);
            }
        }
        return weeks;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
