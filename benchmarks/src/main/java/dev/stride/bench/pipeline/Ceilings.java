package dev.stride.bench.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import dev.stride.contracts.Topics;
import dev.stride.stack.PostgresServer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.tools.ConsumerPerformance;
import org.postgresql.PGConnection;

/**
 * The machine's own ceilings, measured in the same run: Kafka's ConsumerPerformance reading the
 * {@code completed-sets} topic, and PostgreSQL {@code COPY} of as many rows shaped like a stored set
 * (with its primary key) into a database of its own.
 */
final class Ceilings {
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS copied_set (event_id TEXT PRIMARY KEY, athlete_id TEXT NOT NULL,
                exercise_id UUID NOT NULL, completed_at TIMESTAMPTZ NOT NULL, local_date DATE NOT NULL,
                time_zone TEXT NOT NULL, reps INT, load_kg NUMERIC(10, 3), duration_seconds INT,
                distance_meters NUMERIC(12, 3), side TEXT, plan_id UUID, fingerprint BIGINT NOT NULL,
                voided BOOLEAN NOT NULL)""";

    private Ceilings() {
    }

    /** Records a second that Kafka's own consumer reads from the topic (fetch rate, without the group join). */
    static double consumerRecordsPerSecond(String bootstrapServers, long records) {
        String[] args = {"--bootstrap-server", bootstrapServers, "--topic", Topics.COMPLETED_SETS,
                "--messages", String.valueOf(records), "--timeout", "60000", "--group", "ceiling-" + System.nanoTime()};
        String output = captured(() -> ConsumerPerformance.main(args));
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = Arrays.stream(lines.get(lines.size() - 2).split(",")).map(String::trim).toList();
        String[] values = lines.get(lines.size() - 1).split(",");
        return Double.parseDouble(values[header.indexOf("fetch.nMsg.sec")].trim());
    }

    /** Rows a second that {@code COPY} writes through JDBC's CopyManager. */
    static double copyRowsPerSecond(PostgresServer postgres, long rows) throws Exception {
        postgres.ensureDatabase("ceiling", true);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("ceiling"), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY copied_set FROM STDIN (FORMAT csv)", new SetRows(rows), 1 << 16);
            return copied / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static String captured(Runnable tool) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("ConsumerPerformance exited with " + code + ": " + message);
        });
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            tool.run();
        } finally {
            System.setOut(original);
            Exit.resetExitProcedure();
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
