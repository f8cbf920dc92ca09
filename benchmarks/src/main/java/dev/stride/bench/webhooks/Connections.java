package dev.stride.bench.webhooks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stride.contracts.CloudEventHeaders;
import dev.stride.contracts.EventJson;
import dev.stride.contracts.Topics;
import dev.stride.contracts.athlete.AthleteConnected;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Athletes connecting apps, announced on athlete-events as progress-service announces them (source
 * {@code src-<n>} for app {@code app-<n>}), and the wait until webhook-service has stored every one.
 */
final class Connections {
    private Connections() {
    }

    /** Announces each athlete's connection to its app ({@code appOfAthlete}) and waits for the broker's acks. */
    static void announce(String bootstrapServers, Map<String, String> appOfAthlete) throws JsonProcessingException,
            ExecutionException, InterruptedException {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, String> connection : appOfAthlete.entrySet()) {
                String source = "src-" + connection.getValue().substring("app-".length());
                Instant now = Instant.now();
                AthleteConnected connected = new AthleteConnected(UUID.randomUUID(), connection.getKey(), source,
                        connection.getValue(), now);
                acks.add(producer.send(new ProducerRecord<>(Topics.ATHLETE_EVENTS, null, AthleteConnected.key(connection.getKey(), source),
                        EventJson.mapper().writeValueAsBytes(connected),
                        CloudEventHeaders.of(connected.eventId(), AthleteConnected.TYPE, "/bench", now))));
            }
            producer.flush();
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    /** Waits until webhook-service's table {@code connection} holds {@code expected} rows. */
    static void awaitStored(Connection webhookDatabase, int expected, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long stored;
        while ((stored = count(webhookDatabase)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("webhook-service stored " + stored + " of " + expected + " connections in " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private static long count(Connection database) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery("SELECT count(*) FROM connection")) {
            row.next();
            return row.getLong(1);
        }
    }
}
